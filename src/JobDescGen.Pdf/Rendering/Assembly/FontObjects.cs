using JobDescGen.Pdf.Fonts.Embedding;
using JobDescGen.Pdf.Rendering.Objects;
using static JobDescGen.Pdf.Rendering.Assembly.ObjectTable;

namespace JobDescGen.Pdf.Rendering.Assembly;

/// <summary>
/// Writes an embedded font as a Type0 font over a CIDFontType2: the face cut to the glyphs drawn
/// (shared with other documents that draw the same glyphs), widths exactly as the layout measures
/// them, and a ToUnicode map that gives every drawn character back.
/// </summary>
internal static class FontObjects
{
    public static PdfReference Add(ObjectTable table, EmbeddedFont font)
    {
        var program = font.Program;
        var subset = FontSubsets.For(program, font.Glyphs());
        var name = Name(subset.Tag + "+" + program.BaseName);

        var file = table.Add(Dictionary(("Length1", Integer(subset.Length)), ("Filter", Name("FlateDecode"))), subset.Program);
        var descriptor = table.Add(Dictionary(
            ("Type", Name("FontDescriptor")),
            ("FontName", name),
            ("Flags", Integer(32)),
            ("FontBBox", Array(program.BoundingBox.Select(v => (PdfValue)Integer(v)))),
            ("ItalicAngle", Integer(program.ItalicAngle)),
            ("Ascent", Integer(program.Ascent)),
            ("Descent", Integer(program.Descent)),
            ("CapHeight", Integer(program.CapHeight)),
            ("XHeight", Integer(program.XHeight)),
            ("StemV", Integer(0)),
            ("FontFile2", file)));

        // A character no font has is drawn as .notdef under a CID past the face's glyphs: the map sends those CIDs to glyph 0.
        var map = font.Missing.Count == 0 ? subset.CidToGidMap : Deflate.Compress(MapWithMissing(subset.PlainMap, program.GlyphCount + font.Missing.Count));
        var cidToGid = table.Add(Dictionary(("Filter", Name("FlateDecode"))), map);
        var cidFont = table.Add(Dictionary(
            ("Type", Name("Font")),
            ("Subtype", Name("CIDFontType2")),
            ("BaseFont", name),
            ("CIDSystemInfo", Dictionary(("Registry", PdfToken.Of("(Adobe)")), ("Ordering", PdfToken.Of("(Identity)")), ("Supplement", Integer(0)))),
            ("FontDescriptor", descriptor),
            ("W", Widths(font)),
            ("CIDToGIDMap", cidToGid)));
        var toUnicode = table.Add(Dictionary(("Filter", Name("FlateDecode"))), Deflate.Compress(ToUnicodeMap.Of(font)));
        return table.Add(Dictionary(
            ("Type", Name("Font")),
            ("Subtype", Name("Type0")),
            ("BaseFont", name),
            ("Encoding", Name("Identity-H")),
            ("DescendantFonts", Array([cidFont])),
            ("ToUnicode", toUnicode)));
    }

    /// <summary>"c [w1 w2 …]" for each run of consecutive CIDs drawn, .notdef's advance for characters no font has.</summary>
    private static PdfArray Widths(EmbeddedFont font)
    {
        var program = font.Program;
        var items = new List<PdfValue>();
        List<PdfValue>? run = null;
        var last = -2;
        foreach (var (cid, _) in font.Characters())
        {
            if (cid != last + 1 || run is null)
            {
                run = [];
                items.Add(Integer(cid));
                items.Add(new PdfArray(run));
            }

            run.Add(Number(program.Width(cid < program.GlyphCount ? cid : 0)));
            last = cid;
        }

        return new PdfArray(items);
    }

    private static byte[] MapWithMissing(byte[] map, int cids)
    {
        var extended = new byte[Math.Max(map.Length, 2 * cids)];
        map.CopyTo(extended, 0);
        return extended;
    }
}
