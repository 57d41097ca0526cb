using JobDescGen.Pdf.Text;
using JobDescGen.Pdf.Theme;
using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Fonts;

/// <summary>
/// Which of a theme's bundled fonts draws a character, for the other formats that name the theme's
/// fonts (DOCX runs of symbols and emoji name the fallback family the PDF draws them with).
/// </summary>
public static class ThemeFontCoverage
{
    /// <summary>
    /// The family of the theme's <see cref="PdfTheme.FontFallback"/> that draws
    /// <paramref name="codePoint"/>; null when the theme's own family has it, or no family does.
    /// </summary>
    public static string? FallbackFamily(PdfTheme theme, int codePoint)
    {
        var style = new TextStyle(theme.FontFamily, 10, false, false, XColors.Black) { Fallback = new FontChain(theme.FontFallback) };
        var family = FontFallback.FamilyFor(codePoint, style);
        return family == theme.FontFamily ? null : family;
    }
}
