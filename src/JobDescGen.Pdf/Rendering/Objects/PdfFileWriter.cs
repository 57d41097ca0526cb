namespace JobDescGen.Pdf.Rendering.Objects;

/// <summary>
/// Writes objects as a PDF 1.7 file with compressed object streams for every object that is not a
/// stream (the structure tree is hundreds of small dictionaries) and a compressed cross-reference stream.
/// </summary>
internal static class PdfFileWriter
{
    /// <summary>Objects per object stream: large enough to compress well, small enough for a reader to load at once.</summary>
    private const int ObjectsPerStream = 200;

    // The comment of bytes above 127 tells transfer tools that the file is binary.
    private static readonly byte[] FileHeader = [.. "%PDF-1.7\n%"u8, 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n'];

    // The file, an object stream's header and its body: reused from document to document on a thread.
    [ThreadStatic]
    private static ByteBuffer? t_output;

    [ThreadStatic]
    private static ByteBuffer? t_header;

    [ThreadStatic]
    private static ByteBuffer? t_body;

    public static byte[] Write(IReadOnlyDictionary<int, PdfObject> objects, PdfDictionary trailer)
    {
        var output = ByteBuffer.Rent(ref t_output, 64 * 1024);
        var header = ByteBuffer.Rent(ref t_header, 4 * 1024);
        var body = ByteBuffer.Rent(ref t_body, 64 * 1024);

        output.Add(FileHeader);
        var sorted = new List<PdfObject>(objects.Values);
        sorted.Sort((a, b) => a.Number.CompareTo(b.Number));
        var next = sorted.Count == 0 ? 1 : sorted[^1].Number + 1;

        // (type, field 2, field 3) per object number, as the cross-reference stream records them.
        var entries = new (int Type, int Field2, int Field3)[next + 1 + ((sorted.Count / ObjectsPerStream) + 1)];
        var packed = new List<PdfObject>(sorted.Count);
        foreach (var item in sorted)
        {
            if (item.Stream is null)
            {
                packed.Add(item);
                continue;
            }

            entries[item.Number] = (1, output.Count, 0);
            WriteStreamObject(output, item.Number, item.Dictionary!, item.Stream);
        }

        for (var chunk = 0; chunk < packed.Count; chunk += ObjectsPerStream)
        {
            var count = Math.Min(ObjectsPerStream, packed.Count - chunk);
            var number = next++;
            header.Clear();
            body.Clear();
            for (var i = 0; i < count; i++)
            {
                var member = packed[chunk + i];
                header.AddInteger(member.Number);
                header.Add((byte)' ');
                header.AddInteger(body.Count);
                header.Add((byte)' ');
                member.WriteValueTo(body);
                body.Add((byte)'\n');
                entries[member.Number] = (2, number, i);
            }

            var dictionary = new PdfDictionary([
                new("Type", PdfToken.Of("/ObjStm")),
                new("N", Integer(count)),
                new("First", Integer(header.Count)),
                new("Filter", PdfToken.Of("/FlateDecode")),
            ]);
            entries[number] = (1, output.Count, 0);
            WriteStreamObject(output, number, dictionary, Deflate.Compress(header.Written, body.Written));
        }

        var xrefNumber = next++;
        entries[xrefNumber] = (1, output.Count, 0);
        var offsetWidth = BytesFor(Math.Max(output.Count, xrefNumber));
        var indexWidth = BytesFor(Math.Max(ObjectsPerStream, 1));
        var table = new byte[next * (1 + offsetWidth + indexWidth)];
        for (var number = 0; number < next; number++)
        {
            var (type, field2, field3) = entries[number].Type != 0 ? entries[number] : (0, 0, number == 0 ? 65535 : 0);
            var row = table.AsSpan(number * (1 + offsetWidth + indexWidth));
            row[0] = (byte)type;
            Put(row.Slice(1, offsetWidth), field2);
            Put(row.Slice(1 + offsetWidth, indexWidth), field3);
        }

        var xref = new PdfDictionary([
            new("Type", PdfToken.Of("/XRef")),
            new("Size", Integer(next)),
            new("W", new PdfArray([PdfToken.Of("1"), Integer(offsetWidth), Integer(indexWidth)])),
            new("Filter", PdfToken.Of("/FlateDecode")),
        ]);
        foreach (var key in new[] { "Root", "Info", "ID" })
        {
            if (trailer[key] is { } value)
            {
                xref.Set(key, value);
            }
        }

        var startXref = output.Count;
        WriteStreamObject(output, xrefNumber, xref, Deflate.Compress(table));
        output.Add("startxref\n"u8);
        output.AddInteger(startXref);
        output.Add("\n%%EOF\n"u8);
        var result = output.ToArray();
        ByteBuffer.Release(ref t_output);
        ByteBuffer.Release(ref t_header);
        ByteBuffer.Release(ref t_body);
        return result;
    }

    private static PdfToken Integer(int value) => PdfToken.Of(value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static void WriteStreamObject(ByteBuffer output, int number, PdfDictionary dictionary, byte[] data)
    {
        dictionary.Set("Length", Integer(data.Length));
        output.AddInteger(number);
        output.Add(" 0 obj\n"u8);
        dictionary.WriteTo(output);
        output.Add("\nstream\n"u8);
        output.Add(data);
        output.Add("\nendstream\nendobj\n"u8);
    }

    private static int BytesFor(int value) => value < 0x100 ? 1 : value < 0x10000 ? 2 : value < 0x1000000 ? 3 : 4;

    private static void Put(Span<byte> field, int value)
    {
        for (var i = field.Length - 1; i >= 0; i--)
        {
            field[i] = (byte)value;
            value >>= 8;
        }
    }
}
