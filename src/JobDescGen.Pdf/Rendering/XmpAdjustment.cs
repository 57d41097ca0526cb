using System.Buffers.Text;
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
/// <remarks>
/// Works on the bytes as saved and copies them once, into the result: the file is searched for a
/// few literal markers, and only the small XMP packet is turned into a string.
/// </remarks>
internal static partial class XmpAdjustment
{
    private const string Declaration =
        "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"><pdfuaid:part>1</pdfuaid:part></rdf:Description>\n    ";

    private static readonly byte[] DeclarationBytes = Encoding.UTF8.GetBytes(Declaration);

    /// <summary>The adjusted file, or a copy of <paramref name="pdf"/> when it cannot be adjusted.</summary>
    public static byte[] Add(ReadOnlySpan<byte> pdf)
    {
        byte[]? buffer = null;
        var length = Add(pdf, ref buffer, exact: true);
        return buffer!.Length == length ? buffer : buffer[..length];
    }

    /// <summary>
    /// Writes the adjusted file (or a copy) into <paramref name="buffer"/>, grown when too small, and
    /// returns its length: a batch reuses one buffer instead of a large-object-heap array per file.
    /// </summary>
    public static int Add(ReadOnlySpan<byte> pdf, ref byte[]? buffer, bool exact = false)
    {
        if (!PdfScan.FindMetadataHeader(pdf, out var metadataIndex, out var lengthStart, out var lengthEnd)
            || PdfScan.IndexOf(pdf, "</rdf:RDF>"u8, metadataIndex) is var end && end < 0
            || !PdfScan.FindSingleXrefTable(pdf, out var entriesStart, out var entriesEnd)
            || !PdfScan.FindStartXref(pdf, out var startXrefDigits, out var startXrefDigitsEnd)
            || pdf.IndexOf("pdfuaid:"u8) >= 0)
        {
            pdf.CopyTo(Room(ref buffer, pdf.Length, exact));
            return pdf.Length;
        }

        var oldLength = int.Parse(Encoding.ASCII.GetString(pdf[lengthStart..lengthEnd]), CultureInfo.InvariantCulture);

        // The packet (and what precedes it in the stream) as Latin-1 text: one char per byte.
        var xmp = Encoding.Latin1.GetString(pdf[lengthEnd..end]);
        var withoutCreator = EmptyCreator().Replace(xmp, string.Empty);
        var newLength = (oldLength - (xmp.Length - withoutCreator.Length) + DeclarationBytes.Length).ToString(CultureInfo.InvariantCulture);
        var delta = (lengthStart + newLength.Length + withoutCreator.Length + DeclarationBytes.Length + (pdf.Length - end)) - pdf.Length;

        var oldPosition = long.Parse(Encoding.ASCII.GetString(pdf[startXrefDigits..startXrefDigitsEnd]), CultureInfo.InvariantCulture);
        var newPosition = (oldPosition + delta).ToString(CultureInfo.InvariantCulture);
        var size = pdf.Length + delta + (newPosition.Length - (startXrefDigitsEnd - startXrefDigits));
        var result = Room(ref buffer, size, exact);

        // The file up to the metadata's /Length, the new length, the packet without the empty
        // creator, the declaration, the rest up to the startxref value, the new value, the end.
        var at = 0;
        Append(pdf[..lengthStart]);
        at += Encoding.ASCII.GetBytes(newLength, result.AsSpan(at));
        at += Encoding.Latin1.GetBytes(withoutCreator, result.AsSpan(at));
        Append(DeclarationBytes);
        Append(pdf[end..startXrefDigits]);
        at += Encoding.ASCII.GetBytes(newPosition, result.AsSpan(at));
        Append(pdf[startXrefDigitsEnd..]);

        // Objects that start after the metadata object moved by delta; the xref table itself too.
        ShiftEntries(result.AsSpan((entriesStart + delta)..(entriesEnd + delta)), metadataIndex, delta);
        return size;

        void Append(ReadOnlySpan<byte> part)
        {
            part.CopyTo(result.AsSpan(at));
            at += part.Length;
        }
    }

    private static byte[] Room(ref byte[]? buffer, int size, bool exact)
    {
        if (buffer is null || buffer.Length < size || (exact && buffer.Length != size))
        {
            buffer = new byte[exact ? size : Math.Max(size, (buffer?.Length ?? 0) * 2)];
        }

        return buffer;
    }

    // Each entry is "oooooooooo ggggg n" (or f), then an optional space and an end of line.
    private static void ShiftEntries(Span<byte> entries, int metadataIndex, int delta)
    {
        var i = 0;
        while (i < entries.Length)
        {
            if (entries[i + 17] == (byte)'n' && Utf8Parser.TryParse(entries.Slice(i, 10), out long offset, out _) && offset > metadataIndex)
            {
                Utf8Formatter.TryFormat(offset + delta, entries.Slice(i, 10), out _, new System.Buffers.StandardFormat('D', 10));
            }

            i = entries.IndexOfAfter((byte)'\n', i);
        }
    }

    private static int IndexOfAfter(this Span<byte> span, byte value, int start)
    {
        var found = span[start..].IndexOf(value);
        return found < 0 ? span.Length : start + found + 1;
    }

    [GeneratedRegex(@"\s*<dc:creator>\s*<rdf:Seq>\s*<rdf:li>\s*</rdf:li>\s*</rdf:Seq>\s*</dc:creator>")]
    private static partial Regex EmptyCreator();
}
