using System.Collections.Concurrent;
using JobDescGen.Pdf.Fonts;
using JobDescGen.Pdf.Fonts.TrueType;

namespace JobDescGen.Pdf.Text;

/// <summary>
/// The advance of a face's missing glyph (glyph 0, .notdef): a character that no font of a style's
/// chain has is drawn as that glyph of the style's own face, so layout reserves that width for it.
/// </summary>
internal static class MissingGlyph
{
    // In ems, per served face file; NaN for a family that is not bundled.
    private static readonly ConcurrentDictionary<string, double> Advances = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="style"/>'s own face is bundled and lacks <paramref name="codePoint"/>.</summary>
    public static bool IsMissing(int codePoint, TextStyle style) =>
        codePoint != '\u00A0' && FaceKerning.For(style.Family, style.Bold, style.Italic) is { } face && !face.Covers(codePoint);

    /// <summary>Glyph 0's advance in <paramref name="style"/>'s face at its size, from the font's hmtx table.</summary>
    public static double Advance(TextStyle style)
    {
        var faceName = BundledFonts.FaceName(style.Family, style.Bold, style.Italic);
        var served = BundledFonts.Served(faceName)?.Face ?? faceName;
        return Advances.GetOrAdd(served, static name =>
        {
            if (BundledFonts.Read(name) is not { } font)
            {
                return double.NaN;
            }

            var tables = new FontTables(font);
            return (double)FontTables.U16(tables["hmtx"], 0) / FontTables.U16(tables["head"], 18);
        }) * style.Size;
    }
}
