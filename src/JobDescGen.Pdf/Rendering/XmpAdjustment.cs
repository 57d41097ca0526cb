using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace JobDescGen.Pdf.Rendering;

/// <summary>
/// Completes the XMP metadata PDFsharp writes: adds the PDF/UA identification (<c>pdfuaid:part 1</c>),
/// which its UAManager does not write, and drops the empty <c>dc:creator</c> it writes for a document
/// without an author. The metadata stream changes length, so its /Length, the cross-reference
/// offsets of every object after it and <c>startxref</c> are corrected. Leaves the file alone when
/// it is not laid out as PDFsharp writes it (one classic xref table).
/// </summary>
internal static partial class XmpAdjustment
{
    private const string Declaration =
        "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"><pdfuaid:part>1</pdfuaid:part></rdf:Description>\n    ";

    public static byte[] Add(byte[] pdf)
    {
        // Latin-1 maps bytes to chars one to one, so string offsets are byte offsets.
        var text = Encoding.Latin1.GetString(pdf);
        var metadata = MetadataHeader().Match(text);
        var end = metadata.Success ? text.IndexOf("</rdf:RDF>", metadata.Index, StringComparison.Ordinal) : -1;
        var xref = XrefTable().Matches(text);
        var startXref = StartXref().Match(text);
        if (end < 0 || xref.Count != 1 || !startXref.Success || text.Contains("pdfuaid:", StringComparison.Ordinal))
        {
            return pdf;
        }

        var oldLength = int.Parse(metadata.Groups[2].Value, CultureInfo.InvariantCulture);
        var afterLength = metadata.Groups[2].Index + metadata.Groups[2].Length;
        var xmp = text[afterLength..end];
        var withoutCreator = EmptyCreator().Replace(xmp, string.Empty);
        var newLength = (oldLength - (xmp.Length - withoutCreator.Length) + Encoding.UTF8.GetByteCount(Declaration)).ToString(CultureInfo.InvariantCulture);
        var edited = new StringBuilder(text.Length + Declaration.Length + 8);
        edited.Append(text, 0, metadata.Groups[2].Index).Append(newLength);
        edited.Append(withoutCreator);
        edited.Append(Declaration).Append(text, end, text.Length - end);
        var delta = edited.Length - text.Length;

        // Objects that start after the metadata object moved by delta; so did the xref table itself.
        var result = edited.ToString();
        var table = XrefTable().Match(result);
        var entries = EntryPattern().Replace(table.Groups[1].Value, entry =>
        {
            var offset = long.Parse(entry.Groups[1].Value, CultureInfo.InvariantCulture);
            return entry.Groups[2].Value == "n" && offset > metadata.Index
                ? (offset + delta).ToString("D10", CultureInfo.InvariantCulture) + entry.Value[10..]
                : entry.Value;
        });
        result = result[..table.Groups[1].Index] + entries + result[(table.Groups[1].Index + table.Groups[1].Length)..];
        var start = StartXref().Match(result);
        var position = long.Parse(start.Groups[1].Value, CultureInfo.InvariantCulture) + delta;
        result = result[..start.Groups[1].Index] + position.ToString(CultureInfo.InvariantCulture) + result[(start.Groups[1].Index + start.Groups[1].Length)..];
        return Encoding.Latin1.GetBytes(result);
    }

    [GeneratedRegex(@"\s*<dc:creator>\s*<rdf:Seq>\s*<rdf:li>\s*</rdf:li>\s*</rdf:Seq>\s*</dc:creator>")]
    private static partial Regex EmptyCreator();

    [GeneratedRegex(@"(\d+) 0 obj\s*<</Type/Metadata/Subtype/XML/Length (\d+)>>\s*stream")]
    private static partial Regex MetadataHeader();

    [GeneratedRegex(@"\nxref\r?\n0 \d+\r?\n((?:\d{10} \d{5} [nf] ?\r?\n)+)trailer")]
    private static partial Regex XrefTable();

    [GeneratedRegex(@"(\d{10}) \d{5} ([nf])")]
    private static partial Regex EntryPattern();

    [GeneratedRegex(@"startxref\r?\n(\d+)\r?\n%%EOF\s*$")]
    private static partial Regex StartXref();
}
