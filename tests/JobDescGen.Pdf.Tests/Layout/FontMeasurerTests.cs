using JobDescGen.Pdf.Text;
using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Tests.Layout;

/// <summary>
/// The measurer answers Latin words from flat tables once their letters are known, and the general
/// way the first time: both ways must give the same width to the last bit, or lines would break
/// differently depending on what was measured before.
/// </summary>
public sealed class FontMeasurerTests
{
    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void A_word_measures_the_same_whether_its_letters_were_met_before_or_not(bool bold, bool italic)
    {
        var style = new TextStyle("Carlito", 11.5, bold, italic, XColors.Black) { Fallback = new JobDescGen.Pdf.Fonts.FontChain(["DejaVu Sans", "Symbola"]) };
        var cold = new FontMeasurer();

        // Every Latin character between two letters that kern with most others, so its pairs count too.
        for (var c = ' '; c < FaceMetrics.LatinSize; c++)
        {
            var word = $"T{c}o";
            var first = cold.Width(word, style);
            var again = cold.Width(word, style);

            Assert.True(first == again, $"U+{(int)c:X4}: {first:R} measured first, {again:R} again");
        }
    }
}
