namespace JobDescGen.Pdf.Fonts.TrueType;

/// <summary>Characters to glyph ids from a font's cmap (format 4, the Unicode BMP subtable).</summary>
internal sealed class CharacterMap
{
    private readonly ushort[] _glyphs = new ushort[0x10000];

    public CharacterMap(FontTables tables)
    {
        var cmap = tables["cmap"];
        var count = FontTables.U16(cmap, 2);
        for (var i = 0; i < count; i++)
        {
            var platform = FontTables.U16(cmap, 4 + (8 * i));
            var encoding = FontTables.U16(cmap, 6 + (8 * i));
            var offset = (int)FontTables.U32(cmap, 8 + (8 * i));
            if (((platform == 3 && encoding == 1) || platform == 0) && FontTables.U16(cmap, offset) == 4)
            {
                ReadFormat4(cmap[offset..]);
                return;
            }
        }
    }

    /// <summary>The glyph of <paramref name="c"/>, 0 (.notdef) when the font has none.</summary>
    public ushort this[char c] => _glyphs[c];

    private void ReadFormat4(ReadOnlySpan<byte> table)
    {
        var segments = FontTables.U16(table, 6) / 2;
        var ends = 14;
        var starts = ends + (2 * segments) + 2;
        var deltas = starts + (2 * segments);
        var rangeOffsets = deltas + (2 * segments);
        for (var s = 0; s < segments; s++)
        {
            int end = FontTables.U16(table, ends + (2 * s));
            int start = FontTables.U16(table, starts + (2 * s));
            var delta = FontTables.S16(table, deltas + (2 * s));
            int rangeOffset = FontTables.U16(table, rangeOffsets + (2 * s));
            for (var c = start; c <= end && c < 0xFFFF; c++)
            {
                ushort glyph;
                if (rangeOffset == 0)
                {
                    glyph = (ushort)(c + delta);
                }
                else
                {
                    // idRangeOffset counts from its own place in the array.
                    var at = rangeOffsets + (2 * s) + rangeOffset + (2 * (c - start));
                    glyph = FontTables.U16(table, at);
                    glyph = glyph == 0 ? (ushort)0 : (ushort)(glyph + delta);
                }

                _glyphs[c] = glyph;
            }
        }
    }
}
