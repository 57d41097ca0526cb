using JobDescGen.Terminal.Components;
using JobDescGen.Terminal.Tests.Support;
using Spectre.Console;
using Xunit;

namespace JobDescGen.Terminal.Tests.Components;

public sealed class HangingIndentTests
{
    [Fact]
    public void Puts_the_marker_on_the_first_line_and_aligns_the_rest()
    {
        var item = new HangingIndent(new WrappedText("een twee drie", Style.Plain), "• ", "", Style.Plain);

        Assert.Equal("• een\n  twee\n  drie\n", Render.ToText(item, 8));
    }

    [Fact]
    public void Repeats_a_bar_without_trailing_blanks_on_empty_lines()
    {
        var body = new Rows(new WrappedText("a", Style.Plain), Spacer.Line, new WrappedText("b", Style.Plain));

        Assert.Equal("┊ a\n┊\n┊ b\n", Render.ToText(new HangingIndent(body, "┊ ", "┊ ", Style.Plain), 20));
    }
}
