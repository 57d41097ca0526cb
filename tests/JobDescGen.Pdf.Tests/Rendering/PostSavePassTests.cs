using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using JobDescGen.Pdf.Rendering;
using JobDescGen.Pdf.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace JobDescGen.Pdf.Tests.Rendering;

/// <summary>
/// The post-save passes search the saved bytes by hand; they must change exactly what the regular
/// expressions they replaced changed. The former implementations are kept here as the oracle.
/// </summary>
public sealed partial class PostSavePassTests
{
    public static TheoryData<string> Variants() => ["as saved", "crlf xref", "odd white space", "near misses", "no metadata", "two xref tables"];

    [Theory]
    [MemberData(nameof(Variants))]
    public void Xmp_adjustment_and_pinning_match_the_regular_expressions(string variant)
    {
        var pdf = Vary(RawPdf(), variant);
        var expected = OldPin(OldAdd(pdf));
        var actual = ReproducibleOutput.Pin(XmpAdjustment.Add(pdf.AsSpan()));
        Assert.Equal(Encoding.Latin1.GetString(expected), Encoding.Latin1.GetString(actual));
    }

    [Fact]
    public void The_adjusted_file_declares_pdf_ua_and_its_offsets_point_at_objects()
    {
        var pdf = ReproducibleOutput.Pin(XmpAdjustment.Add(RawPdf().AsSpan()));
        var text = Encoding.Latin1.GetString(pdf);
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", text, StringComparison.Ordinal);
        var table = Regex.Match(text, @"\nxref\n0 (\d+)\n((?:\d{10} \d{5} [nf] ?\r?\n)+)");
        var entries = Regex.Matches(table.Groups[2].Value, @"(\d{10}) \d{5} n");
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Matches(@"^\d+ 0 obj", text[int.Parse(e.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)..]));
        var start = int.Parse(Regex.Match(text, @"startxref\n(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("xref", text[start..], StringComparison.Ordinal);
    }

    private static byte[] RawPdf()
    {
        using var document = new PdfDocument();
        document.Info.Title = "Test";
        var structure = UAManager.ForDocument(document);
        structure.SetDocumentLanguage("nl-BE");
        var page = document.AddPage();
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            var style = new TextStyle("Carlito", 11, false, false, XColors.Black);
            structure.StructureBuilder.BeginElement(PdfBlockLevelElementTag.Paragraph);
            graphics.DrawString("Medewerkers coördineren «chef»", FontCache.Get(style), XBrushes.Black, 72, 72);
            graphics.DrawString("vet", FontCache.Get(style with { Bold = true }), XBrushes.Black, 72, 90);
            structure.StructureBuilder.End();
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static byte[] Vary(byte[] pdf, string variant)
    {
        var text = Encoding.Latin1.GetString(pdf);
        text = variant switch
        {
            "crlf xref" => Regex.Replace(text, @"(\d{10} \d{5} [nf]) ?\n", "$1\r\n"),
            "odd white space" => text.Replace("/ID[", "/ID\u0085[\u00A0", StringComparison.Ordinal),
            "near misses" => text.Replace("%%EOF", "/ABCDE+x /ABCDEFG+y /abcdef+z /QWERTY+ uuid:0123 /ID[<12><zz>]\n%%EOF", StringComparison.Ordinal),
            "no metadata" => text.Replace("/Type/Metadata", "/Type/Metadatx", StringComparison.Ordinal),
            "two xref tables" => text.Replace("%PDF-1.", "%PDF-1.\nxref\n0 1\n0000000000 65535 f\ntrailer\n%", StringComparison.Ordinal),
            _ => text,
        };
        return Encoding.Latin1.GetBytes(text);
    }

    // ----- The former implementations (regular expressions over the file read as Latin-1) -----

    private static byte[] OldPin(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var matches = new List<(int Index, int Length, string Kind, string Value)>();
        matches.AddRange(TrailerId().Matches(text).SelectMany(m => m.Groups.Cast<Group>().Skip(1).Select(g => (g.Index, g.Length, "Hex", string.Empty))));
        matches.AddRange(XmpUuid().Matches(text).Select((m, i) => (m.Groups[1].Index, m.Groups[1].Length, "Uuid", i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        matches.AddRange(SubsetTag().Matches(text).Select(m => (m.Groups[1].Index, m.Groups[1].Length, "Tag", m.Groups[2].Value)));
        var blanked = (byte[])pdf.Clone();
        foreach (var (index, length, _, _) in matches)
        {
            blanked.AsSpan(index, length).Fill((byte)'0');
        }

        var seed = SHA256.HashData(blanked);
        var result = (byte[])pdf.Clone();
        foreach (var (index, length, kind, key) in matches)
        {
            var derived = SHA256.HashData([.. seed, .. Encoding.ASCII.GetBytes(kind + key)]);
            var replacement = kind switch
            {
                "Hex" => Convert.ToHexString(seed)[..length],
                "Uuid" => new Guid(derived.AsSpan(0, 16)).ToString("D")[..length],
                _ => new string([.. derived.Take(length).Select(b => (char)('A' + (b % 26)))]),
            };
            Encoding.ASCII.GetBytes(replacement).CopyTo(result, index);
        }

        return result;
    }

    private static byte[] OldAdd(byte[] pdf)
    {
        const string declaration = "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"><pdfuaid:part>1</pdfuaid:part></rdf:Description>\n    ";
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var text = Encoding.Latin1.GetString(pdf);
        var metadata = MetadataHeader().Match(text);
        var end = metadata.Success ? text.IndexOf("</rdf:RDF>", metadata.Index, StringComparison.Ordinal) : -1;
        var xref = XrefTable().Matches(text);
        var startXref = StartXref().Match(text);
        if (end < 0 || xref.Count != 1 || !startXref.Success || text.Contains("pdfuaid:", StringComparison.Ordinal))
        {
            return pdf;
        }

        var oldLength = int.Parse(metadata.Groups[2].Value, inv);
        var afterLength = metadata.Groups[2].Index + metadata.Groups[2].Length;
        var xmp = text[afterLength..end];
        var withoutCreator = EmptyCreator().Replace(xmp, string.Empty);
        var newLength = (oldLength - (xmp.Length - withoutCreator.Length) + Encoding.UTF8.GetByteCount(declaration)).ToString(inv);
        var edited = new StringBuilder().Append(text, 0, metadata.Groups[2].Index).Append(newLength).Append(withoutCreator).Append(declaration).Append(text, end, text.Length - end);
        var delta = edited.Length - text.Length;
        var result = edited.ToString();
        var table = XrefTable().Match(result);
        var entries = EntryPattern().Replace(table.Groups[1].Value, entry =>
        {
            var offset = long.Parse(entry.Groups[1].Value, inv);
            return entry.Groups[2].Value == "n" && offset > metadata.Index ? (offset + delta).ToString("D10", inv) + entry.Value[10..] : entry.Value;
        });
        result = result[..table.Groups[1].Index] + entries + result[(table.Groups[1].Index + table.Groups[1].Length)..];
        var start = StartXref().Match(result);
        var position = long.Parse(start.Groups[1].Value, inv) + delta;
        result = result[..start.Groups[1].Index] + position.ToString(inv) + result[(start.Groups[1].Index + start.Groups[1].Length)..];
        return Encoding.Latin1.GetBytes(result);
    }

    [GeneratedRegex(@"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")]
    private static partial Regex TrailerId();

    [GeneratedRegex(@"uuid:([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})")]
    private static partial Regex XmpUuid();

    [GeneratedRegex(@"/([A-Z]{6})\+([A-Za-z0-9,_-]+)")]
    private static partial Regex SubsetTag();

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
