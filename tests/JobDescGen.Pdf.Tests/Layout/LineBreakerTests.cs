using JobDescGen.Pdf.Tests.Support;
using JobDescGen.Pdf.Text;
using JobDescGen.Pdf.Theme;
using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Tests.Layout;

public sealed class LineBreakerTests
{
    // Every character is 5 points wide at size 10, so a 100-point column holds 20 characters.
    private static readonly TextStyle Regular = new("Carlito", 10, false, false, XColors.Black);
    private static readonly TextStyle Bold = Regular.WithBold();
    private static readonly FixedWidthMeasurer Measurer = new();

    [Fact]
    public void Fills_lines_greedily_and_never_past_the_column()
    {
        var lines = LineBreaker.Break([new InlineRun("aaaa bbbb cccc dddd eeee ffff", Regular)], 100, TextAlignment.Left, Measurer);

        // The space at a line break is kept (invisible, past the last word) so tagged text reads "dddd eeee".
        Assert.Equal(["aaaa bbbb cccc dddd ", "eeee ffff"], lines.Select(l => l.Text));
        Assert.All(lines, line => Assert.True(line.Runs.Max(r => r.X + r.Width) <= 100));
    }

    [Fact]
    public void Breaks_a_word_wider_than_the_column_between_letters()
    {
        var word = new string('x', 45);
        var lines = LineBreaker.Break([new InlineRun("ab " + word + " cd", Regular)], 100, TextAlignment.Left, Measurer);

        Assert.Equal(["ab ", new string('x', 20), new string('x', 20), "xxxxx cd"], lines.Select(l => l.Text));
        Assert.All(lines, line => Assert.True(line.Runs.Max(r => r.X + r.Width) <= 100.001));
    }

    [Fact]
    public void Sets_punctuation_after_bold_without_a_space_and_one_space_after_it()
    {
        var runs = new[] { new InlineRun("specialisatie", Bold), new InlineRun(":  duidelijk", Regular) };
        var line = Assert.Single(LineBreaker.Break(runs, 500, TextAlignment.Left, Measurer));

        Assert.Equal("specialisatie: duidelijk", line.Text);
        var colon = line.Runs[1];
        Assert.Equal(13 * 5, colon.X);
        Assert.Equal((13 + 2) * 5, line.Runs[2].X);
    }

    [Fact]
    public void Justified_lines_reach_the_right_edge_except_the_last()
    {
        var lines = LineBreaker.Break([new InlineRun("aaa bbb ccc ddd eee fff ggg", Regular)], 100, TextAlignment.Justify, Measurer);

        Assert.Equal(2, lines.Count);
        var first = lines[0].Runs[^1];
        Assert.Equal(100, first.X + first.Width, 3);
        var last = lines[1].Runs[^1];
        Assert.True(last.X + last.Width < 100);
        Assert.Equal(4 * 5, lines[1].Runs[1].X);
    }

    [Fact]
    public void Keeps_guillemets_with_the_word_they_enclose()
    {
        var lines = LineBreaker.Break([new InlineRun("zoals « medewerker » ook", Regular)], 75, TextAlignment.Left, Measurer);

        // Inside the guillemets a narrow no-break space (U+202F).
        Assert.Contains(lines, l => l.Text.TrimEnd() == "«\u202Fmedewerker\u202F»");
    }

    [Fact]
    public void A_closing_guillemet_with_punctuation_stays_with_its_word_and_never_starts_a_line()
    {
        // "»," is not the bare "»": it is glued as well, so no line starts with it and no space stretches before it.
        var lines = LineBreaker.Break([new InlineRun("zoals « medewerker », « chef » of « gebruiker », hebben zowel betrekking", Regular)], 90, TextAlignment.Justify, Measurer);

        Assert.DoesNotContain(lines, l => l.Text.StartsWith('»'));
        Assert.Contains(lines, l => l.Text.Contains("medewerker\u202F»,", StringComparison.Ordinal));
    }

    [Fact]
    public void A_justified_line_before_a_word_cut_between_letters_stays_ragged()
    {
        var lines = LineBreaker.Break([new InlineRun("aaa bbb " + new string('x', 45) + " cc dd", Regular)], 100, TextAlignment.Justify, Measurer);

        // "aaa bbb" is not stretched edge to edge only because the next word is too long for any line.
        Assert.Equal("aaa bbb ", lines[0].Text);
        Assert.Equal(4 * 5, lines[0].Runs[1].X);
    }

    [Fact]
    public void A_hard_break_ends_the_line_and_that_line_stays_ragged()
    {
        var lines = LineBreaker.Break([new InlineRun("aaa bbb\nccc ddd eee fff ggg hhh iii", Regular)], 100, TextAlignment.Justify, Measurer);

        Assert.Equal("aaa bbb ", lines[0].Text);
        Assert.Equal(4 * 5, lines[0].Runs[1].X);
        Assert.StartsWith("ccc", lines[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Centred_and_right_aligned_lines_are_offset_by_the_room_left()
    {
        var right = Assert.Single(LineBreaker.Break([new InlineRun("aa bb", Regular)], 100, TextAlignment.Right, Measurer));
        var centre = Assert.Single(LineBreaker.Break([new InlineRun("aa bb", Regular)], 100, TextAlignment.Center, Measurer));

        Assert.Equal(75, right.Runs[0].X);
        Assert.Equal(37.5, centre.Runs[0].X);
    }
}
