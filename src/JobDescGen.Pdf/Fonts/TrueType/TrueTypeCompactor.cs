using System.Buffers.Binary;
using System.Text;

namespace JobDescGen.Pdf.Fonts.TrueType;

/// <summary>
/// Cuts a font to the glyphs a document draws: they are renumbered densely, hinting instructions
/// and the tables only hinting uses are dropped, and only the tables a PDF reader needs for a
/// CIDFontType2 remain. The content streams keep the original glyph ids as CIDs; the returned map
/// turns them into the new ones (/CIDToGIDMap).
/// </summary>
internal static class TrueTypeCompactor
{
    /// <param name="subset">The whole font program; read, not changed or copied.</param>
    /// <param name="drawn">The glyph ids the document draws.</param>
    public static (byte[] Font, byte[] CidToGidMap) Compact(byte[] subset, IReadOnlyCollection<int> drawn)
    {
        var tables = new FontTables(subset);
        var head = tables["head"];
        var longLoca = FontTables.S16(head, 50) == 1;
        var glyphCount = FontTables.U16(tables["maxp"], 4);
        var locaAt = tables.OffsetOf("loca");
        var glyfAt = tables.OffsetOf("glyf");
        int Offset(int gid) => longLoca ? (int)FontTables.U32(subset, locaAt + (4 * gid)) : 2 * FontTables.U16(subset, locaAt + (2 * gid));
        ReadOnlySpan<byte> Glyph(int gid) => subset.AsSpan(glyfAt + Offset(gid), Offset(gid + 1) - Offset(gid));

        // The glyphs kept: .notdef, the glyphs drawn, and the components of composite ones.
        var kept = new bool[glyphCount];
        var pending = new Stack<int>();
        pending.Push(0);
        foreach (var gid in drawn)
        {
            if (gid < glyphCount)
            {
                pending.Push(gid);
            }
        }

        while (pending.Count > 0)
        {
            var gid = pending.Pop();
            if (kept[gid])
            {
                continue;
            }

            kept[gid] = true;
            var data = Glyph(gid);
            if (data.Length > 10 && FontTables.S16(data, 0) < 0)
            {
                foreach (var (component, _) in Components(data))
                {
                    if (component < glyphCount && !kept[component])
                    {
                        pending.Push(component);
                    }
                }
            }
        }

        var order = new List<int>();
        var newIds = new int[glyphCount];
        var size = 0;
        for (var gid = 0; gid < glyphCount; gid++)
        {
            if (kept[gid])
            {
                newIds[gid] = order.Count;
                order.Add(gid);
                size += Offset(gid + 1) - Offset(gid) + 1;
            }
        }

        // Each glyph without its instructions, padded to an even length.
        var newGlyf = new byte[size];
        var offsets = new int[order.Count + 1];
        var at = 0;
        for (var i = 0; i < order.Count; i++)
        {
            offsets[i] = at;
            at += StripInstructions(Glyph(order[i]), newIds, newGlyf.AsSpan(at));
            if (at % 2 != 0)
            {
                newGlyf[at++] = 0;
            }
        }

        offsets[^1] = at;
        newGlyf = newGlyf[..at];
        var shortLoca = at < 0x20000;
        var newLoca = new byte[offsets.Length * (shortLoca ? 2 : 4)];
        for (var i = 0; i < offsets.Length; i++)
        {
            if (shortLoca)
            {
                BinaryPrimitives.WriteUInt16BigEndian(newLoca.AsSpan(2 * i), (ushort)(offsets[i] / 2));
            }
            else
            {
                BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * i), (uint)offsets[i]);
            }
        }

        var hhea = tables["hhea"].ToArray();
        var hmtx = tables["hmtx"];
        int metrics = FontTables.U16(hhea, 34);
        var newHmtx = new byte[4 * order.Count];
        for (var i = 0; i < order.Count; i++)
        {
            var gid = order[i];
            var advance = FontTables.U16(hmtx, 4 * Math.Min(gid, metrics - 1));
            var bearing = gid < metrics ? FontTables.S16(hmtx, (4 * gid) + 2) : FontTables.S16(hmtx, (4 * metrics) + (2 * (gid - metrics)));
            BinaryPrimitives.WriteUInt16BigEndian(newHmtx.AsSpan(4 * i), advance);
            BinaryPrimitives.WriteInt16BigEndian(newHmtx.AsSpan((4 * i) + 2), bearing);
        }

        BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(34), (ushort)order.Count);
        var maxp = tables["maxp"].ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(4), (ushort)order.Count);
        if (maxp.Length >= 28)
        {
            // No instructions are left: the hinting limits say so.
            BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(26), 0);
        }

        var newHead = head.ToArray();
        BinaryPrimitives.WriteInt16BigEndian(newHead.AsSpan(50), (short)(shortLoca ? 0 : 1));
        var font = Assemble(new Dictionary<string, byte[]>
        {
            ["glyf"] = newGlyf,
            ["head"] = newHead,
            ["hhea"] = hhea,
            ["hmtx"] = newHmtx,
            ["loca"] = newLoca,
            ["maxp"] = maxp,
        });

        var maxCid = order[^1];
        var map = new byte[2 * (maxCid + 1)];
        foreach (var gid in order)
        {
            BinaryPrimitives.WriteUInt16BigEndian(map.AsSpan(2 * gid), (ushort)newIds[gid]);
        }

        return (font, map);
    }

    /// <summary>The component glyph ids of a composite glyph, with the offset of each id in the data.</summary>
    private static IEnumerable<(int Glyph, int At)> Components(ReadOnlySpan<byte> data)
    {
        var result = new List<(int, int)>();
        var at = 10;
        while (true)
        {
            var flags = FontTables.U16(data, at);
            result.Add((FontTables.U16(data, at + 2), at + 2));
            at += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
            at += (flags & 0x0008) != 0 ? 2 : (flags & 0x0040) != 0 ? 4 : (flags & 0x0080) != 0 ? 8 : 0;
            if ((flags & 0x0020) == 0)
            {
                return result;
            }
        }
    }

    /// <summary>Writes a glyph without its hinting instructions (composite: components renumbered) into <paramref name="output"/>; returns the length.</summary>
    private static int StripInstructions(ReadOnlySpan<byte> data, int[] newIds, Span<byte> output)
    {
        if (data.Length < 10)
        {
            return 0;
        }

        var contours = FontTables.S16(data, 0);
        if (contours >= 0)
        {
            var lengthAt = 10 + (2 * contours);
            var instructions = FontTables.U16(data, lengthAt);
            data[..lengthAt].CopyTo(output);
            BinaryPrimitives.WriteUInt16BigEndian(output[lengthAt..], 0);
            var points = data[(lengthAt + 2 + instructions)..];
            points.CopyTo(output[(lengthAt + 2)..]);
            return lengthAt + 2 + points.Length;
        }

        // Composite: renumber the components, clear "we have instructions", drop what follows the last component.
        data.CopyTo(output);
        var at = 10;
        while (true)
        {
            var flags = FontTables.U16(output, at);
            var component = FontTables.U16(output, at + 2);
            BinaryPrimitives.WriteUInt16BigEndian(output[(at + 2)..], (ushort)(component < newIds.Length ? newIds[component] : 0));
            var next = at + 4 + ((flags & 0x0001) != 0 ? 4 : 2);
            next += (flags & 0x0008) != 0 ? 2 : (flags & 0x0040) != 0 ? 4 : (flags & 0x0080) != 0 ? 8 : 0;
            if ((flags & 0x0020) == 0)
            {
                BinaryPrimitives.WriteUInt16BigEndian(output[at..], (ushort)(flags & ~0x0100));
                return next;
            }

            at = next;
        }
    }

    /// <summary>An sfnt with the given tables, each 4-byte aligned, with checksums and the head adjustment.</summary>
    private static byte[] Assemble(Dictionary<string, byte[]> tables)
    {
        var tags = tables.Keys.Order(StringComparer.Ordinal).ToList();
        var headerSize = 12 + (16 * tags.Count);
        var size = headerSize + tags.Sum(t => (tables[t].Length + 3) & ~3);
        var font = new byte[size];
        BinaryPrimitives.WriteUInt32BigEndian(font, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), (ushort)tags.Count);
        var power = 1;
        var log = 0;
        while (power * 2 <= tags.Count)
        {
            power *= 2;
            log++;
        }

        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(6), (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(8), (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(10), (ushort)((tags.Count * 16) - (power * 16)));
        var offset = headerSize;
        var headOffset = 0;
        for (var i = 0; i < tags.Count; i++)
        {
            var data = tables[tags[i]];
            if (tags[i] == "head")
            {
                // The adjustment is computed over the font with it set to zero.
                BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8), 0);
                headOffset = offset;
            }

            var record = 12 + (16 * i);
            Encoding.ASCII.GetBytes(tags[i], font.AsSpan(record, 4));
            data.CopyTo(font.AsSpan(offset));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 4), Checksum(font.AsSpan(offset, (data.Length + 3) & ~3)));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 8), (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 12), (uint)data.Length);
            offset += (data.Length + 3) & ~3;
        }

        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(headOffset + 8), 0xB1B0AFBA - Checksum(font));
        return font;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i + 3 < data.Length; i += 4)
        {
            sum += BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
        }

        return sum;
    }
}
