using JobDescGen.Pdf.Text;

namespace JobDescGen.Pdf.Tests.Support;

/// <summary>
/// Fixed widths with one kerning pair: every character is half the type size wide, and each "ba"
/// in a measured text is 2 points narrower, as a font's pair kerning makes it.
/// </summary>
internal sealed class KernedMeasurer : ITextMeasurer
{
    public const double Kern = -2;

    public double Width(string text, TextStyle style)
    {
        var width = text.Length * style.Size / 2;
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i - 1] == 'b' && text[i] == 'a')
            {
                width += Kern;
            }
        }

        return width;
    }

    public double Baseline(TextStyle style, double lineHeight) => lineHeight * 0.8;
}
