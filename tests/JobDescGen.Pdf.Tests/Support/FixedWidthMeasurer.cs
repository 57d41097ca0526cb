using JobDescGen.Pdf.Text;

namespace JobDescGen.Pdf.Tests.Support;

/// <summary>A measurer where every character is half the type size wide: layout numbers a test can work out by hand.</summary>
internal sealed class FixedWidthMeasurer : ITextMeasurer
{
    public double Width(string text, TextStyle style) => text.Length * style.Size / 2;

    public double Baseline(TextStyle style, double lineHeight) => lineHeight * 0.8;
}
