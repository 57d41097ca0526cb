using JobDescGen.Pdf.Fonts;
using JobDescGen.Pdf.Fonts.Embedding;

namespace JobDescGen.Pdf.Text;

/// <summary>
/// A character that no font of a style's chain has is drawn as the style's own face's missing glyph
/// (glyph 0, .notdef, see <see cref="EmbeddedFont"/>) with that glyph's advance: layout reserves that width for it.
/// </summary>
internal static class MissingGlyph
{
    /// <summary>True when <paramref name="style"/>'s own face is bundled and lacks <paramref name="codePoint"/>.</summary>
    public static bool IsMissing(int codePoint, TextStyle style) =>
        codePoint != '\u00A0' && FaceKerning.For(style.Family, style.Bold, style.Italic) is { } face && !face.Covers(codePoint);

    /// <summary>Glyph 0's advance (the font's hmtx) in <paramref name="style"/>'s face at its size.</summary>
    public static double Advance(TextStyle style) =>
        FaceProgram.For(style.Family, style.Bold, style.Italic) is { } program
            ? (double)program.Advance(0) / program.UnitsPerEm * style.Size
            : double.NaN;
}
