using System.Globalization;
using System.Text;

namespace JobDescGen.Pdf.Rendering.Compaction;

/// <summary>
/// Writes objects as a PDF 1.7 file with compressed object streams for every object that is not a
/// stream (the structure tree is hundreds of small dictionaries) and a compressed cross-reference stream.
/// </summary>
internal static class PdfFileWriter
{
    /// <summary>Objects per object stream: large enough to compress well, small enough for a reader to load at once.</summary>
    private const int ObjectsPerStream = 200;

    public static byte[] Write(IReadOnlyDictionary<int, PdfObject> objects, PdfDictionary trailer)
    {
        var output = new List<byte>(64 * 1024);
        // The comment of bytes above 127 tells transfer tools that the file is binary.
        output.AddRange(Encoding.Latin1.GetBytes("%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n"));
        var next = objects.Keys.Max() + 1;

        // (type, field 2, field 3) per object number, as the cross-reference stream records them.
        var entries = new Dictionary<int, (int Type, int Field2, int Field3)>();
        foreach (var item in objects.Values.Where(o => o.Stream is not null).OrderBy(o => o.Number))
        {
            entries[item.Number] = (1, output.Count, 0);
            WriteStreamObject(output, item.Number, item.Dictionary!, item.Stream!);
        }

        var packed = objects.Values.Where(o => o.Stream is null).OrderBy(o => o.Number).ToList();
        for (var chunk = 0; chunk < packed.Count; chunk += ObjectsPerStream)
        {
            var members = packed.Skip(chunk).Take(ObjectsPerStream).ToList();
            var number = next++;
            var header = new StringBuilder();
            var body = new List<byte>();
            for (var i = 0; i < members.Count; i++)
            {
                header.Append(CultureInfo.InvariantCulture, $"{members[i].Number} {body.Count} ");
                members[i].Value.WriteTo(body);
                body.Add((byte)'\n');
                entries[members[i].Number] = (2, number, i);
            }

            var headerBytes = Encoding.ASCII.GetBytes(header.ToString());
            var dictionary = new PdfDictionary([
                new("Type", PdfToken.Of("/ObjStm")),
                new("N", PdfToken.Of(members.Count.ToString(CultureInfo.InvariantCulture))),
                new("First", PdfToken.Of(headerBytes.Length.ToString(CultureInfo.InvariantCulture))),
                new("Filter", PdfToken.Of("/FlateDecode")),
            ]);
            entries[number] = (1, output.Count, 0);
            WriteStreamObject(output, number, dictionary, Deflate.Compress([.. headerBytes, .. body]));
        }

        var xrefNumber = next++;
        entries[xrefNumber] = (1, output.Count, 0);
        var offsetWidth = BytesFor(Math.Max(output.Count, xrefNumber));
        var indexWidth = BytesFor(Math.Max(ObjectsPerStream, 1));
        var table = new byte[next * (1 + offsetWidth + indexWidth)];
        for (var number = 0; number < next; number++)
        {
            var (type, field2, field3) = entries.TryGetValue(number, out var entry) ? entry : (0, 0, number == 0 ? 65535 : 0);
            var row = table.AsSpan(number * (1 + offsetWidth + indexWidth));
            row[0] = (byte)type;
            Put(row.Slice(1, offsetWidth), field2);
            Put(row.Slice(1 + offsetWidth, indexWidth), field3);
        }

        var xref = new PdfDictionary([
            new("Type", PdfToken.Of("/XRef")),
            new("Size", PdfToken.Of(next.ToString(CultureInfo.InvariantCulture))),
            new("W", new PdfArray([PdfToken.Of("1"), PdfToken.Of(offsetWidth.ToString(CultureInfo.InvariantCulture)), PdfToken.Of(indexWidth.ToString(CultureInfo.InvariantCulture))])),
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
        output.AddRange(Encoding.ASCII.GetBytes($"startxref\n{startXref}\n%%EOF\n"));
        return [.. output];
    }

    private static void WriteStreamObject(List<byte> output, int number, PdfDictionary dictionary, byte[] data)
    {
        dictionary.Set("Length", PdfToken.Of(data.Length.ToString(CultureInfo.InvariantCulture)));
        output.AddRange(Encoding.ASCII.GetBytes($"{number} 0 obj\n"));
        dictionary.WriteTo(output);
        output.AddRange("\nstream\n"u8.ToArray());
        output.AddRange(data);
        output.AddRange("\nendstream\nendobj\n"u8.ToArray());
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
