using System.Collections.Concurrent;
using JobDescGen.Pdf.Fonts;
using JobDescGen.Pdf.Fonts.Embedding;
using JobDescGen.Pdf.Fonts.TrueType;

namespace JobDescGen.Pdf.Text;

/// <summary>
/// A face's ascent and descent in font units: the OS/2 table's Windows metrics (the hhea ones where
/// a font has no such table), which is what PDFsharp's font metrics gave when the layout was made
/// and what the PDF's font descriptors state (<see cref="FaceProgram"/>). Both are positive.
/// </summary>
internal sealed record VerticalMetrics(int Ascent, int Descent, int UnitsPerEm)
{
    private static readonly ConcurrentDictionary<(string Family, bool Bold, bool Italic), VerticalMetrics> ByStyle = new();

    /// <summary>The metrics of the bundled face that draws <paramref name="style"/>.</summary>
    public static VerticalMetrics Of(TextStyle style) =>
        ByStyle.GetOrAdd((style.Family, style.Bold, style.Italic), key =>
        {
            var face = BundledFonts.FaceName(key.Family, key.Bold, key.Italic);
            return FaceProgram.For(face) is { } program
                ? Read(program.Tables)
                : throw new InvalidOperationException($"No bundled font serves '{face}': the theme loader admits bundled families only.");
        });

    private static VerticalMetrics Read(FontTables tables)
    {
        var os2 = tables["OS/2"];
        var hhea = tables["hhea"];
        var windows = os2.Length >= 78;
        return new VerticalMetrics(
            windows ? FontTables.U16(os2, 74) : FontTables.S16(hhea, 4),
            Math.Abs(windows ? FontTables.U16(os2, 76) : FontTables.S16(hhea, 6)),
            FontTables.U16(tables["head"], 18));
    }
}
