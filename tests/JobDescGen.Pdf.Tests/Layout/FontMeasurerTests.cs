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

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_pairs_kerning_is_what_measuring_it_together_adds(bool bold)
    {
        // Line breaking adds the kerning across a hyphenation point from the pair tables; the word
        // is drawn whole, so it must be what measuring the two letters together adds, for every
        // pair of letters, accented ones and those a fallback font draws included.
        var style = new TextStyle("Carlito", 11.5, bold, false, XColors.Black) { Fallback = new JobDescGen.Pdf.Fonts.FontChain(["DejaVu Sans", "Symbola"]) };
        var measurer = new FontMeasurer();
        var letters = Enumerable.Range(0, FaceMetrics.LatinSize).Select(c => (char)c).Where(char.IsLetter).Append('\u0394').ToList();
        var kerned = 0;
        foreach (var left in letters)
        {
            foreach (var right in letters)
            {
                var kerning = measurer.Kerning(left, right, style);
                var together = measurer.Width($"{left}{right}", style) - measurer.Width(left.ToString(), style) - measurer.Width(right.ToString(), style);
                Assert.True(Math.Abs(kerning - together) < 1e-9, $"{left}{right}: {kerning:R} from the tables, {together:R} measured");
                kerned += kerning == 0 ? 0 : 1;
            }
        }

        Assert.True(kerned > 100, $"only {kerned} kerned pairs");
    }
}
