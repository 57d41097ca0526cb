using JobDescGen.Pdf.Hyphenation;
using JobDescGen.Pdf.Tests.Support;
using JobDescGen.Pdf.Text;
using JobDescGen.Pdf.Theme;
using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Tests.Layout;

/// <summary>
/// Paragraphs met again (another level of the same profile) get the lines they got before: only when
/// everything that decides the lines is the same, and never changed by what callers do afterwards.
/// </summary>
public sealed class ParagraphLineCacheTests
{
    private const string Text = "Concrete instructies of opdrachten geven aan de medewerkers rekening houdend met hun competenties";
    private static readonly TextStyle Regular = new("Carlito", 10, false, false, XColors.Black);
    private static readonly Hyphenator Dutch = new(HyphenationPatterns.For("nl")!, new Dictionary<string, int[]>());

    [Fact]
    public void A_paragraph_met_again_gets_the_lines_it_got_the_first_time()
    {
        var measurer = new FixedWidthMeasurer();
        var first = Lines(LineBreaker.Break([new InlineRun(Text, Regular)], 160, TextAlignment.Justify, measurer, Dutch));
        var again = Lines(LineBreaker.Break(new List<InlineRun> { new(Text, Regular) }, 160, TextAlignment.Justify, measurer, Dutch));

        Assert.Equal(first, again);
    }

    [Fact]
    public void Width_alignment_hyphenation_and_style_each_give_their_own_lines()
    {
        var measurer = new FixedWidthMeasurer();
        IReadOnlyList<InlineRun> runs = [new InlineRun(Text, Regular)];
        var justified = LineBreaker.Break(runs, 160, TextAlignment.Justify, measurer, Dutch);

        Assert.NotEqual(Lines(justified), Lines(LineBreaker.Break(runs, 200, TextAlignment.Justify, measurer, Dutch)));
        Assert.NotEqual(Lines(justified), Lines(LineBreaker.Break(runs, 160, TextAlignment.Left, measurer, Dutch)));
        Assert.Contains(justified, l => l.Runs[^1].Style.InsertedHyphen);
        Assert.DoesNotContain(LineBreaker.Break(runs, 160, TextAlignment.Justify, measurer), l => l.Runs[^1].Style.InsertedHyphen);
        var bold = LineBreaker.Break([new InlineRun(Text, Regular.WithBold())], 160, TextAlignment.Justify, measurer, Dutch);
        Assert.All(bold.SelectMany(l => l.Runs), run => Assert.True(run.Style.Bold));
    }

    [Fact]
    public void Changing_the_runs_after_breaking_them_does_not_change_what_is_kept()
    {
        var measurer = new FixedWidthMeasurer();
        var runs = new List<InlineRun> { new(Text, Regular) };
        LineBreaker.Break(runs, 160, TextAlignment.Justify, measurer, Dutch);

        runs[0] = new InlineRun("kort", Regular);
        var changed = LineBreaker.Break(runs, 160, TextAlignment.Justify, measurer, Dutch);
        var original = LineBreaker.Break([new InlineRun(Text, Regular)], 160, TextAlignment.Justify, measurer, Dutch);

        Assert.Equal("kort", Assert.Single(changed).Text);
        Assert.True(original.Count > 1);
    }

    private static List<string> Lines(IReadOnlyList<TextLine> lines) =>
        [.. lines.Select(l => string.Join("|", l.Runs.Select(r => $"{r.Text}@{r.X:R}+{r.Width:R}")))];
}
