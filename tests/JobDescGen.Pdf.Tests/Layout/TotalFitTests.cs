using JobDescGen.Pdf.Hyphenation;
using JobDescGen.Pdf.Tests.Support;
using JobDescGen.Pdf.Text;
using JobDescGen.Pdf.Theme;
using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Tests.Layout;

/// <summary>Whole-paragraph line breaking on fixed widths: every character is 5 points wide, a space too.</summary>
public sealed class TotalFitTests
{
    private static readonly TextStyle Regular = new("Carlito", 10, false, false, XColors.Black);
    private static readonly FixedWidthMeasurer Measurer = new();
    private static readonly Hyphenator Dutch = new(HyphenationPatterns.For("nl")!, new Dictionary<string, int[]>());

    [Fact]
    public void The_whole_paragraph_is_balanced_where_greedy_breaking_leaves_a_loose_line()
    {
        // Greedy: "aaa bbb ccc" (11 of 14) then "dddddddddd ee" (13): a line with 3 free characters for 2 spaces.
        // Total fit: "aaa bbb" and "ccc" moved on spread the slack over more lines only if it is cheaper.
        const string text = "aaa bbb ccc dddddddddd ee ff gggg hh";
        var greedy = GreedyLineBreaker.Break(WordSplitter.Split([new InlineRun(text, Regular)]), 70, TextAlignment.Justify, Measurer);
        var total = LineBreaker.Break([new InlineRun(text, Regular)], 70, TextAlignment.Justify, Measurer);

        Assert.True(WorstStretch(total) <= WorstStretch(greedy), $"total fit {WorstStretch(total)} vs greedy {WorstStretch(greedy)}");
        Assert.Equal(Squeeze(text), Squeeze(string.Concat(total.Select(l => l.Text))));
    }

    [Fact]
    public void Justified_lines_stay_within_half_a_space_of_stretch_when_hyphenation_allows()
    {
        const string text = "de dagelijkse activiteiten van de medewerkers plannen en coördineren teneinde de uitvoering van administratieve en operationele taken of interventies te verzekeren";
        var lines = LineBreaker.Break([new InlineRun(text, Regular)], 150, TextAlignment.Justify, Measurer, Dutch);

        Assert.True(WorstStretch(lines) <= 1 + (0.5 * new LineBreakSettings().Tolerance) + 1e-9, $"worst stretch {WorstStretch(lines)}");
        Assert.All(lines.SkipLast(1), l => Assert.Equal(150, l.Width, 6));
        Assert.Contains(lines, l => l.Runs[^1].Style.InsertedHyphen);
        Assert.Equal(Squeeze(text), Squeeze(Joined(lines)));
    }

    [Fact]
    public void No_more_than_two_hyphenated_lines_follow_each_other()
    {
        const string text = "verantwoordelijkheden ontwikkelingsbehoeften kwaliteitsnormen doelstellingen verantwoordelijkheden ontwikkelingsbehoeften kwaliteitsnormen doelstellingen";
        var lines = LineBreaker.Break([new InlineRun(text, Regular)], 90, TextAlignment.Justify, Measurer, Dutch);

        var run = 0;
        foreach (var line in lines)
        {
            run = line.Runs[^1].Style.InsertedHyphen ? run + 1 : 0;
            Assert.True(run <= 2, "three hyphenated lines in a row");
        }
    }

    [Fact]
    public void A_last_line_of_one_short_word_is_avoided()
    {
        // Greedy leaves "u." alone on the last line; tightening or loosening the lines before it avoids that.
        const string text = "a b c d e f g h i j k l m n o p q r s t u.";
        var greedy = GreedyLineBreaker.Break(WordSplitter.Split([new InlineRun(text, Regular)]), 100, TextAlignment.Justify, Measurer);
        var total = LineBreaker.Break([new InlineRun(text, Regular)], 100, TextAlignment.Justify, Measurer);

        Assert.Equal("u.", greedy[^1].Text);
        Assert.Contains(" ", total[^1].Text.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Ragged_text_is_hyphenated_and_never_stretched()
    {
        const string text = "Concrete instructies of opdrachten geven aan de medewerkers rekening houdend met hun competenties en talenten";
        var lines = LineBreaker.Break([new InlineRun(text, Regular)], 160, TextAlignment.Left, Measurer, Dutch);

        Assert.All(lines, l => Assert.All(l.Runs.Zip(l.Runs.Skip(1)), pair => Assert.Equal(pair.First.X + pair.First.Width + (pair.First.Text.EndsWith(' ') ? 5 : 0), pair.Second.X, 6)));
        Assert.All(lines, l => Assert.True(l.Width <= 160));
        Assert.Equal(Squeeze(text), Squeeze(Joined(lines)));
    }

    [Fact]
    public void A_soft_hyphen_is_where_the_word_breaks_and_is_never_drawn()
    {
        var lines = LineBreaker.Break([new InlineRun("aaaa bbbbbbb\u00ADcccccc dd", Regular)], 70, TextAlignment.Left, Measurer, Dutch);

        Assert.Equal("bbbbbbb-", lines[0].Text[5..]);
        Assert.DoesNotContain(lines, l => l.Text.Contains('\u00AD', StringComparison.Ordinal));
        Assert.Equal("aaaa bbbbbbbcccccc dd", Joined(lines));
    }

    [Fact]
    public void A_zero_width_space_is_a_break_without_a_hyphen_and_a_word_joiner_is_none()
    {
        var lines = LineBreaker.Break([new InlineRun("aaaa bbbbbbb\u200Bcccccc dd\u2060ee", Regular)], 70, TextAlignment.Left, Measurer, Dutch);

        Assert.Equal("aaaa bbbbbbb", lines[0].Text.TrimEnd());
        Assert.DoesNotContain(lines, l => l.Runs.Any(r => r.Style.InsertedHyphen));
        Assert.DoesNotContain(lines, l => l.Text.Contains('\u200B', StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Text.Contains("dd\u2060ee", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("zie https://www.bosa.belgium.be/nl/themas/werken-bij-de-overheid voor meer")]
    [InlineData("mail personeelsdienst@bosa.fgov.be voor meer")]
    [InlineData("artikel 12345678901234567 van de wet")]
    public void Addresses_and_words_with_digits_are_not_hyphenated(string text)
    {
        var lines = LineBreaker.Break([new InlineRun(text, Regular)], 120, TextAlignment.Left, Measurer, Dutch);

        Assert.DoesNotContain(lines, l => l.Runs[^1].Style.InsertedHyphen);
    }

    [Fact]
    public void Without_a_feasible_set_of_breaks_the_text_still_fits_the_column()
    {
        var lines = LineBreaker.Break([new InlineRun("a " + new string('x', 45) + " b", Regular)], 100, TextAlignment.Justify, Measurer);

        Assert.All(lines, l => Assert.True(l.Width <= 100 + 1e-9));
        Assert.Equal("a" + new string('x', 45) + "b", Squeeze(string.Concat(lines.Select(l => l.Text))));
    }

    [Fact]
    public void A_paragraph_is_broken_alike_whatever_was_broken_before_it_on_the_thread()
    {
        // The breaker keeps its tables per thread: a long hyphenated paragraph first must leave nothing behind.
        const string text = "Concrete instructies of opdrachten geven aan de medewerkers rekening houdend met hun competenties en talenten";
        var alone = OnNewThread(() => Lines(LineBreaker.Break([new InlineRun(text, Regular)], 160, TextAlignment.Justify, Measurer, Dutch)));
        var after = OnNewThread(() =>
        {
            LineBreaker.Break([new InlineRun(string.Join(' ', Enumerable.Repeat("verantwoordelijkheden ontwikkelingsbehoeften de en", 40)), Regular)], 90, TextAlignment.Left, Measurer, Dutch);
            LineBreaker.Break([new InlineRun("a " + new string('x', 45) + " b", Regular)], 100, TextAlignment.Justify, Measurer);
            return Lines(LineBreaker.Break([new InlineRun(text, Regular)], 160, TextAlignment.Justify, Measurer, Dutch));
        });

        Assert.True(alone.Count > 2);
        Assert.Equal(alone, after);
    }

    [Fact]
    public void A_word_of_two_styles_not_broken_on_its_line_is_drawn_as_its_two_pieces()
    {
        // "coördinatieteam" has hyphenation points inside both of its styled parts; on a wide line none is used.
        var bold = Regular with { Bold = true };
        var lines = LineBreaker.Break([new InlineRun("de coördinatie", bold), new InlineRun("teamleider plant", Regular)], 400, TextAlignment.Left, Measurer, Dutch);

        var line = Assert.Single(lines);
        Assert.Equal(["de ", "coördinatie", "teamleider ", "plant"], line.Runs.Select(r => r.Text));
        Assert.Equal(line.Runs[1].X + (11 * 5), line.Runs[2].X, 6);
    }

    [Fact]
    public void A_word_broken_at_the_line_end_keeps_its_styles_on_both_lines()
    {
        var bold = Regular with { Bold = true };
        var lines = LineBreaker.Break([new InlineRun("aaaa bb coördinatie", bold), new InlineRun("teamleider", Regular)], 90, TextAlignment.Left, Measurer, Dutch);

        Assert.True(lines.Count > 1);
        Assert.Equal("aaaa bb coördinatieteamleider", Joined(lines).TrimEnd());
        Assert.All(lines.SelectMany(l => l.Runs).Where(r => r.Text.Contains("team", StringComparison.Ordinal) || r.Text.Contains("leider", StringComparison.Ordinal)), r => Assert.False(r.Style.Bold));
        Assert.All(lines.SelectMany(l => l.Runs).Where(r => r.Text.Contains("coör", StringComparison.Ordinal) || r.Text.Contains("natie", StringComparison.Ordinal)), r => Assert.True(r.Style.Bold));
    }

    [Fact]
    public void A_line_is_measured_kerned_across_the_hyphenation_points_of_its_words_as_it_is_drawn()
    {
        // Each "abababab" is drawn whole: 40 points less three "ba" kerns, 34. Two of them and a
        // space fill 73 points exactly; measured part by part (40 each) they would not fit.
        var kerned = new KernedMeasurer();
        var word = "ab\u00ADab\u00ADab\u00ADab";
        var lines = LineBreaker.Break([new InlineRun($"{word} {word} cc", Regular)], 73, TextAlignment.Justify, kerned, Dutch);

        Assert.Equal("abababab abababab ", lines[0].Text);
        Assert.Equal(39, lines[0].Runs[1].X, 9);
        Assert.DoesNotContain(lines, l => l.Runs.Any(r => r.Style.InsertedHyphen));
    }

    [Fact]
    public void A_line_ending_at_a_hyphenation_point_is_measured_without_the_kerning_across_it()
    {
        // "abab-" drawn: 20 points less one "ba" kern, then the hyphen: 23. With "cccc " before it the
        // line is 48 points; 2 points more (the kern it no longer has) would not fit 48.
        var kerned = new KernedMeasurer();
        var lines = LineBreaker.Break([new InlineRun("cccc ab\u00ADab\u00ADab\u00ADab", Regular)], 48, TextAlignment.Justify, kerned, Dutch);

        Assert.Equal(["cccc ", "abab", "-"], lines[0].Runs.Select(r => r.Text));
        Assert.Equal(48, lines[0].Runs[^1].X + lines[0].Runs[^1].Width, 9);
        Assert.Equal(25, lines[0].Runs[1].X, 9);
    }

    [Fact]
    public void A_word_broken_without_a_hyphen_is_measured_as_drawn_on_both_lines()
    {
        // A zero-width space breaks "abab|abab" without a hyphen: the first line's part is as wide
        // as its text (18 points), not as its share of the whole word (16: the kern across the break).
        var kerned = new KernedMeasurer();
        var lines = LineBreaker.Break([new InlineRun("cc abab\u200Babab", Regular)], 40, TextAlignment.Left, kerned, Dutch);

        Assert.Equal(2, lines.Count);
        Assert.Equal(33, lines[0].Width, 9);
        Assert.Equal(18, lines[1].Width, 9);
    }

    private static List<string> Lines(IReadOnlyList<TextLine> lines) =>
        [.. lines.Select(l => string.Join('|', l.Runs.Select(r => $"{r.Text}@{r.X:R}")))];

    private static T OnNewThread<T>(Func<T> work)
    {
        var result = default(T);
        var thread = new Thread(() => result = work());
        thread.Start();
        thread.Join();
        return result!;
    }

    /// <summary>The widest space of the justified lines (not the last), as a multiple of the natural space.</summary>
    private static double WorstStretch(IReadOnlyList<TextLine> lines) =>
        lines.SkipLast(1).Where(l => l.Runs.Count > 1)
            .Select(l => l.Runs.Zip(l.Runs.Skip(1)).Max(p => (p.Second.X - (p.First.X + p.First.Width)) / 5))
            .DefaultIfEmpty(1).Max();

    private static string Joined(IReadOnlyList<TextLine> lines) =>
        string.Concat(lines.Select(l => string.Concat(l.Runs.Where(r => !r.Style.InsertedHyphen).Select(r => r.Text))));

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
