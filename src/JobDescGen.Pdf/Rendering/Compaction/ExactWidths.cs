using JobDescGen.Pdf.Fonts.TrueType;

namespace JobDescGen.Pdf.Rendering.Compaction;

/// <summary>
/// PDFsharp writes a CID font's glyph widths (/W) rounded to whole thousandths of an em, while the
/// layout measures with the exact advances: along a line drawn as one string the two drift apart,
/// by up to half a point at the end of a justified line. This writes each width of a "c [w1 w2 …]"
/// run from the embedded font's hmtx, to two decimals (drift below a hundredth of a point a line).
/// </summary>
internal static class ExactWidths
{
    /// <param name="widths">The font's /W array, changed in place.</param>
    /// <param name="font">The embedded TrueType program, glyph ids as drawn (CIDToGIDMap /Identity).</param>
    public static void Apply(PdfArray widths, byte[] font)
    {
        var tables = new FontTables(font);
        var head = tables["head"];
        var hhea = tables["hhea"];
        var hmtx = tables["hmtx"];
        if (head.Length < 20 || hhea.Length < 36 || hmtx.Length < 4)
        {
            return;
        }

        var unitsPerEm = FontTables.U16(head, 18);
        var metrics = FontTables.U16(hhea, 34);
        if (unitsPerEm == 0 || metrics == 0 || hmtx.Length < 4 * metrics)
        {
            return;
        }

        var items = widths.Items;
        for (var i = 0; i + 1 < items.Count; i++)
        {
            if (items[i] is not PdfToken first || !first.TryGetNumber(out var start) || items[i + 1] is not PdfArray run)
            {
                continue;
            }

            for (var g = 0; g < run.Items.Count; g++)
            {
                var glyph = (int)start + g;
                var advance = FontTables.U16(hmtx, 4 * Math.Min(glyph, metrics - 1));
                run.Items[g] = PdfToken.Number(Math.Round(advance * 1000.0 / unitsPerEm, 2));
            }

            i++;
        }
    }
}
