using System.Buffers.Binary;
using System.Text;

namespace JobDescGen.Pdf.Fonts.TrueType;

/// <summary>The table directory of a TrueType font: where each table's bytes are.</summary>
internal sealed class FontTables
{
    private readonly Dictionary<string, (int Offset, int Length)> _tables = new(StringComparer.Ordinal);

    public FontTables(byte[] font)
    {
        Font = font;
        var count = U16(font, 4);
        for (var i = 0; i < count; i++)
        {
            var record = 12 + (16 * i);
            var tag = Encoding.ASCII.GetString(font, record, 4);
            _tables[tag] = ((int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8)), (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 12)));
        }
    }

    public byte[] Font { get; }

    public IEnumerable<string> Tags => _tables.Keys;

    public bool Has(string tag) => _tables.ContainsKey(tag);

    /// <summary>The bytes of table <paramref name="tag"/>, or empty when the font has none.</summary>
    public ReadOnlySpan<byte> this[string tag] => _tables.TryGetValue(tag, out var t) ? Font.AsSpan(t.Offset, t.Length) : [];

    /// <summary>The offset of table <paramref name="tag"/> in the font, or -1.</summary>
    public int OffsetOf(string tag) => _tables.TryGetValue(tag, out var t) ? t.Offset : -1;

    public static ushort U16(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadUInt16BigEndian(data[at..]);

    public static short S16(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadInt16BigEndian(data[at..]);

    public static uint U32(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadUInt32BigEndian(data[at..]);
}
