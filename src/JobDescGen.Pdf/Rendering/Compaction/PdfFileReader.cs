using System.Globalization;

namespace JobDescGen.Pdf.Rendering.Compaction;

/// <summary>
/// Reads every object of a PDF written with one classic cross-reference table (as PDFsharp saves),
/// by the offsets that table gives.
/// </summary>
internal static class PdfFileReader
{
    public static (Dictionary<int, PdfObject> Objects, PdfDictionary Trailer) Read(ReadOnlySpan<byte> pdf)
    {
        if (!PdfScan.FindSingleXrefTable(pdf, out var entriesStart, out var entriesEnd))
        {
            throw new FormatException("no single cross-reference table");
        }

        var objects = new Dictionary<int, PdfObject>();
        var number = 0;
        var at = entriesStart;
        while (at < entriesEnd)
        {
            // "oooooooooo ggggg n" then an end of line of one or two bytes.
            if (pdf[at + 17] == (byte)'n')
            {
                var offset = int.Parse(pdf.Slice(at, 10), CultureInfo.InvariantCulture);
                objects[number] = ReadObject(pdf, offset, number);
            }

            number++;
            at += 18;
            while (at < entriesEnd && pdf[at] is (byte)' ' or (byte)'\r' or (byte)'\n')
            {
                at++;
            }
        }

        var lexer = new PdfLexer(pdf, entriesEnd + "trailer".Length);
        var trailer = lexer.ReadValue() as PdfDictionary ?? throw new FormatException("no trailer dictionary");
        return (objects, trailer);
    }

    private static PdfObject ReadObject(ReadOnlySpan<byte> pdf, int offset, int number)
    {
        var lexer = new PdfLexer(pdf, offset);
        lexer.SkipWhiteSpace();
        if (!int.TryParse(lexer.ReadWord(), NumberStyles.None, CultureInfo.InvariantCulture, out var header) || header != number)
        {
            throw new FormatException($"object {number} is not at offset {offset}");
        }

        lexer.SkipWhiteSpace();
        lexer.ReadWord();
        lexer.SkipWhiteSpace();
        if (!lexer.ReadWord().SequenceEqual("obj"u8))
        {
            throw new FormatException($"object {number}: 'obj' expected");
        }

        var value = lexer.ReadValue();
        lexer.SkipWhiteSpace();
        if (!lexer.PeekWord().SequenceEqual("stream"u8))
        {
            return new PdfObject(number, value, null);
        }

        var dictionary = value as PdfDictionary ?? throw new FormatException($"object {number}: a stream without a dictionary");
        if (dictionary["Length"] is not PdfToken length || !length.TryGetNumber(out var size))
        {
            throw new FormatException($"object {number}: a stream without a direct length");
        }

        var start = lexer.Position + "stream".Length;
        start += pdf[start] == (byte)'\r' ? 2 : 1;
        return new PdfObject(number, value, pdf.Slice(start, (int)size).ToArray());
    }
}
