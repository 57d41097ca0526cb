namespace JobDescGen.Pdf.Fonts.TrueType;

/// <summary>
/// Pair kerning from the GPOS table's 'kern' feature (pair adjustment lookups, formats 1 and 2,
/// also behind extension lookups): the x-advance adjustment of the first glyph, in font units.
/// </summary>
internal sealed class PairKerning
{
    private readonly byte[] _font;
    private readonly List<List<int>> _lookups = [];

    public PairKerning(FontTables tables)
    {
        _font = tables.Font;
        var gpos = tables.OffsetOf("GPOS");
        if (gpos < 0)
        {
            return;
        }

        var features = gpos + U16(gpos + 6);
        var lookupList = gpos + U16(gpos + 8);
        var indices = new SortedSet<int>();
        for (var i = 0; i < U16(features); i++)
        {
            var record = features + 2 + (6 * i);
            if (_font.AsSpan(record, 4).SequenceEqual("kern"u8))
            {
                var feature = features + U16(record + 4);
                for (var j = 0; j < U16(feature + 2); j++)
                {
                    indices.Add(U16(feature + 4 + (2 * j)));
                }
            }
        }

        foreach (var index in indices)
        {
            var lookup = lookupList + U16(lookupList + 2 + (2 * index));
            var type = U16(lookup);
            var subtables = new List<int>();
            for (var s = 0; s < U16(lookup + 4); s++)
            {
                var subtable = lookup + U16(lookup + 6 + (2 * s));
                if (type == 9 && U16(subtable + 2) == 2)
                {
                    subtables.Add(subtable + (int)FontTables.U32(_font, subtable + 4));
                }
                else if (type == 2)
                {
                    subtables.Add(subtable);
                }
            }

            _lookups.Add(subtables);
        }
    }

    public bool IsEmpty => _lookups.Count == 0;

    /// <summary>The adjustment between <paramref name="left"/> and <paramref name="right"/>, in font units (negative: closer).</summary>
    public int Kern(ushort left, ushort right)
    {
        var total = 0;
        foreach (var lookup in _lookups)
        {
            foreach (var subtable in lookup)
            {
                if (Pair(subtable, left, right) is { } value)
                {
                    total += value;
                    break;
                }
            }
        }

        return total;
    }

    private int? Pair(int subtable, ushort left, ushort right)
    {
        var coverage = Coverage(subtable + U16(subtable + 2), left);
        if (coverage < 0)
        {
            return null;
        }

        var format1 = U16(subtable + 4);
        var format2 = U16(subtable + 6);
        var size1 = 2 * System.Numerics.BitOperations.PopCount((uint)(format1 & 0xFF));
        var size2 = 2 * System.Numerics.BitOperations.PopCount((uint)(format2 & 0xFF));
        if (U16(subtable) == 1)
        {
            var set = subtable + U16(subtable + 10 + (2 * coverage));
            var record = 2 + size1 + size2;
            var (low, high) = (0, U16(set) - 1);
            while (low <= high)
            {
                var middle = (low + high) / 2;
                var at = set + 2 + (middle * record);
                var second = U16(at);
                if (second == right)
                {
                    return XAdvance(at + 2, format1);
                }

                (low, high) = second < right ? (middle + 1, high) : (low, middle - 1);
            }

            return null;
        }

        var class1 = ClassOf(subtable + U16(subtable + 8), left);
        var class2 = ClassOf(subtable + U16(subtable + 10), right);
        var class2Count = U16(subtable + 14);
        var cell = subtable + 16 + (((class1 * class2Count) + class2) * (size1 + size2));
        return XAdvance(cell, format1);
    }

    private int XAdvance(int record, ushort format) =>
        (format & 0x0004) == 0 ? 0 : FontTables.S16(_font, record + (2 * System.Numerics.BitOperations.PopCount((uint)(format & 0x0003))));

    private int Coverage(int table, ushort glyph)
    {
        var count = U16(table + 2);
        if (U16(table) == 1)
        {
            var (low, high) = (0, count - 1);
            while (low <= high)
            {
                var middle = (low + high) / 2;
                var value = U16(table + 4 + (2 * middle));
                if (value == glyph)
                {
                    return middle;
                }

                (low, high) = value < glyph ? (middle + 1, high) : (low, middle - 1);
            }

            return -1;
        }

        for (var i = 0; i < count; i++)
        {
            var range = table + 4 + (6 * i);
            if (glyph >= U16(range) && glyph <= U16(range + 2))
            {
                return U16(range + 4) + glyph - U16(range);
            }
        }

        return -1;
    }

    private int ClassOf(int table, ushort glyph)
    {
        if (U16(table) == 1)
        {
            var start = U16(table + 2);
            return glyph >= start && glyph < start + U16(table + 4) ? U16(table + 6 + (2 * (glyph - start))) : 0;
        }

        for (var i = 0; i < U16(table + 2); i++)
        {
            var range = table + 4 + (6 * i);
            if (glyph >= U16(range) && glyph <= U16(range + 2))
            {
                return U16(range + 4);
            }
        }

        return 0;
    }

    private ushort U16(int at) => FontTables.U16(_font, at);
}
