namespace JobDescGen.Pdf.Fonts.TrueType;

/// <summary>
/// Characters to glyph ids from a font's cmap: the Unicode BMP subtable (format 4), and the full
/// Unicode one (format 12) for characters beyond the BMP (emoji).
/// </summary>
internal sealed class CharacterMap
{
    private readonly ushort[] _glyphs = new ushort[0x10000];
    private readonly Dictionary<int, ushort> _supplementary = [];

    public CharacterMap(FontTables tables)
    {
        var cmap = tables["cmap"];
        var count = FontTables.U16(cmap, 2);
        var bmpRead = false;
        for (var i = 0; i < count; i++)
        {
            var platform = FontTables.U16(cmap, 4 + (8 * i));
            var encoding = FontTables.U16(cmap, 6 + (8 * i));
            var offset = (int)FontTables.U32(cmap, 8 + (8 * i));
            var format = FontTables.U16(cmap, offset);
            if (!bmpRead && ((platform == 3 && encoding == 1) || platform == 0) && format == 4)
            {
                ReadFormat4(cmap[offset..]);
                bmpRead = true;
            }
            else if (((platform == 3 && encoding == 10) || platform == 0) && format == 12 && _supplementary.Count == 0)
            {
                ReadFormat12(cmap[offset..]);
            }
        }
    }

    /// <summary>The glyph of <paramref name="c"/>, 0 (.notdef) when the font has none.</summary>
    public ushort this[char c] => _glyphs[c];

    /// <summary>The glyph of a code point, 0 (.notdef) when the font has none.</summary>
    public ushort Glyph(int codePoint) =>
        codePoint < 0x10000 ? _glyphs[codePoint] : _supplementary.GetValueOrDefault(codePoint);

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

    /// <summary>Segmented coverage: groups of consecutive code points mapped to consecutive glyphs.</summary>
    private void ReadFormat12(ReadOnlySpan<byte> table)
    {
        var groups = FontTables.U32(table, 12);
        for (var g = 0; g < groups; g++)
        {
            var at = 16 + (12 * g);
            var start = FontTables.U32(table, at);
            var end = Math.Min(FontTables.U32(table, at + 4), 0x10FFFF);
            var glyph = FontTables.U32(table, at + 8);
            for (var c = start; c <= end; c++, glyph++)
            {
                if (c >= 0x10000)
                {
                    _supplementary[(int)c] = (ushort)glyph;
                }
                else if (_glyphs[c] == 0)
                {
                    _glyphs[c] = (ushort)glyph;
                }
            }
        }
    }
}
