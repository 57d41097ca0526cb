using JobDescGen.Pdf.Fonts;
using JobDescGen.Pdf.Tests.Support;
using JobDescGen.Pdf.Text;
using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Tests.Fonts;

/// <summary>Pair kerning read from Carlito's GPOS table, as measured and as written into the pages.</summary>
public sealed class KerningTests
{
    private static readonly FaceKerning Regular = FaceKerning.For("Carlito-Regular")!;

    [Theory]
    [InlineData('T', 'o')]
    [InlineData('A', 'V')]
    [InlineData('V', 'a')]
    [InlineData('L', 'T')]
    public void Known_pairs_move_closer(char left, char right) =>
        Assert.True(Regular.KernCharacters(left, right) < 0, $"{left}{right}: {Regular.KernCharacters(left, right)}");

    [Theory]
    [InlineData('o', 'o')]
    [InlineData('n', 'n')]
    [InlineData('T', ' ')]
    [InlineData(' ', 'A')]
    public void Other_pairs_and_pairs_with_a_space_are_not_kerned(char left, char right) =>
        Assert.Equal(0, Regular.KernCharacters(left, right));

    [Fact]
    public void A_word_is_measured_with_its_kerning()
    {
        var style = new TextStyle("Carlito", 10, false, false, XColors.Black);
        var measurer = FontMeasurer.Shared;
        var apart = measurer.Width("T", style) + measurer.Width("o", style);
        var expected = apart + (Regular.KernCharacters('T', 'o') * 10.0 / Regular.UnitsPerEm);

        Assert.Equal(expected, measurer.Width("To", style), 6);
        Assert.True(measurer.Width("To", style) < apart);
    }

    [Fact]
    public void Kerned_pairs_are_written_as_tj_adjustments()
    {
        var (_, pdf) = BundledPdfs.Get(BundledPdfs.Bundled, "A1");

        Assert.Contains(PdfStreams.PageContents(pdf), content => System.Text.RegularExpressions.Regex.IsMatch(content, @"\[<[0-9A-F]+>-?\d+(\.\d+)?<[0-9A-F]+>.*?\]TJ"));
    }
}
