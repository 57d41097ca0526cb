using System.Globalization;

namespace JobDescGen.Pdf.Rendering.Compaction;

/// <summary>
/// Reads every object of a PDF written with one classic cross-reference table (as PDFsharp saves),
/// by the offsets that table gives. Streams are read at once; any other object keeps its bytes and
/// is parsed only if the compactor looks into it (most of a tagged file is structure elements that
/// go into the object streams as they are).
/// </summary>
internal static class PdfFileReader
{
    /// <param name="pdf">The file; unparsed objects refer into it, so it must stay unchanged while they are used.</param>
    public static (Dictionary<int, PdfObject> Objects, PdfDictionary Trailer) Read(ReadOnlyMemory<byte> pdf)
    {
        var span = pdf.Span;
        if (!PdfScan.FindSingleXrefTable(span, out var entriesStart, out var entriesEnd))
        {
            throw new FormatException("no single cross-reference table");
        }

        var entries = new List<(int Number, int Offset)>();
        var number = 0;
        var at = entriesStart;
        while (at < entriesEnd)
        {
            // "oooooooooo ggggg n" then an end of line of one or two bytes.
            if (span[at + 17] == (byte)'n')
            {
                entries.Add((number, int.Parse(span.Slice(at, 10), CultureInfo.InvariantCulture)));
            }

            number++;
            at += 18;
            while (at < entriesEnd && span[at] is (byte)' ' or (byte)'\r' or (byte)'\n')
            {
                at++;
            }
        }

        // Each object ends before the next one in the file starts (the last one before the table).
        entries.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        var objects = new Dictionary<int, PdfObject>(entries.Count + 8);
        for (var i = 0; i < entries.Count; i++)
        {
            var end = i + 1 < entries.Count ? entries[i + 1].Offset : entriesStart;
            objects[entries[i].Number] = ReadObject(pdf, entries[i].Offset, end, entries[i].Number);
        }

        var lexer = new PdfLexer(span, entriesEnd + "trailer".Length);
        var trailer = lexer.ReadValue() as PdfDictionary ?? throw new FormatException("no trailer dictionary");
        return (objects, trailer);
    }

    private static PdfObject ReadObject(ReadOnlyMemory<byte> file, int offset, int end, int number)
    {
        var pdf = file.Span;
        if (end <= offset || end > pdf.Length)
        {
            throw new FormatException($"object {number} is out of order at offset {offset}");
        }

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

        // The last "endobj" before the next object: a string inside the object may hold the word too.
        var valueStart = lexer.Position;
        var endobj = pdf[valueStart..end].LastIndexOf("endobj"u8);
        if (endobj < 0)
        {
            throw new FormatException($"object {number}: 'endobj' expected");
        }

        var body = pdf.Slice(valueStart, endobj).TrimEnd(" \t\r\n\f\0"u8);
        if (!body.EndsWith("endstream"u8))
        {
            var first = valueStart + (body.Length - body.TrimStart(" \t\r\n\f\0"u8).Length);
            return new PdfObject(number, file[first..(valueStart + body.Length)]);
        }

        var value = lexer.ReadValue();
        lexer.SkipWhiteSpace();
        if (!lexer.PeekWord().SequenceEqual("stream"u8))
        {
            throw new FormatException($"object {number}: 'stream' expected");
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
