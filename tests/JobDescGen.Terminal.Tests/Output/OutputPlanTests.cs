using JobDescGen.Terminal.Output;
using Xunit;

namespace JobDescGen.Terminal.Tests.Output;

public sealed class OutputPlanTests
{
    private static readonly OutputFacts Terminal = new(true, null, "xterm-256color", 100, 40, null, null);

    [Fact]
    public void A_terminal_gets_colour_its_own_width_and_paging_when_needed()
    {
        var plan = OutputPlan.Decide(Terminal, noColor: false, width: null, pager: false);

        Assert.Equal(new OutputPlan(true, 100, PagingMode.WhenTaller, 40), plan);
        // As tall as the screen already pages: the prompt after it would push the first line off.
        Assert.False(plan.ShouldPage(39));
        Assert.True(plan.ShouldPage(40));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("true")]
    public void NO_COLOR_turns_colour_off(string value)
    {
        Assert.False(OutputPlan.Decide(Terminal with { NoColor = value }, false, null, false).Color);
    }

    [Fact]
    public void An_empty_NO_COLOR_leaves_colour_on()
    {
        Assert.True(OutputPlan.Decide(Terminal with { NoColor = "" }, false, null, false).Color);
    }

    [Fact]
    public void The_no_color_option_and_a_dumb_terminal_turn_colour_off()
    {
        Assert.False(OutputPlan.Decide(Terminal, true, null, false).Color);
        Assert.False(OutputPlan.Decide(Terminal with { Term = "dumb" }, false, null, false).Color);
    }

    [Fact]
    public void A_pipe_gets_plain_text_at_COLUMNS_or_80_and_no_pager()
    {
        var pipe = OutputFacts.Captured;

        Assert.Equal(new OutputPlan(false, 80, PagingMode.Never, 0), OutputPlan.Decide(pipe, false, null, false));
        Assert.Equal(132, OutputPlan.Decide(pipe with { Columns = "132" }, false, null, false).Width);
        Assert.False(OutputPlan.Decide(pipe, false, null, false).ShouldPage(10_000));
    }

    [Fact]
    public void The_width_option_wins_and_the_pager_option_always_pages()
    {
        var plan = OutputPlan.Decide(Terminal, false, 60, true);

        Assert.Equal(60, plan.Width);
        Assert.True(plan.ShouldPage(1));
    }

    [Fact]
    public void A_pipe_read_in_a_terminal_takes_that_terminals_width_but_stays_plain()
    {
        // "preview | less": stdout is a pipe, stderr still the terminal the user reads in.
        var plan = OutputPlan.Decide(OutputFacts.Captured with { WindowWidth = 60, WindowHeight = 40, Columns = "132" }, false, null, false);

        Assert.Equal(new OutputPlan(false, 60, PagingMode.Never, 40), plan);
    }

    [Fact]
    public void A_terminal_narrower_than_the_minimum_is_drawn_at_the_minimum_with_a_note()
    {
        var plan = OutputPlan.Decide(Terminal with { WindowWidth = 24 }, false, null, false);

        Assert.Equal(OutputPlan.MinimumWidth, plan.Width);
        Assert.Equal("note: the terminal is 24 columns wide; the preview is drawn at 30 columns, so its lines wrap", plan.Note);
        Assert.Null(OutputPlan.Decide(Terminal, false, null, false).Note);
        Assert.Null(OutputPlan.Decide(Terminal with { WindowWidth = 24 }, false, 40, false).Note);
    }
}
