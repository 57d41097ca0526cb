using JobDescGen.Terminal.Components;
using JobDescGen.Terminal.Tests.Support;
using Spectre.Console;
using Xunit;

namespace JobDescGen.Terminal.Tests.Components;

public sealed class WrappedTextTests
{
    [Fact]
    public void Wraps_at_spaces_only()
    {
        var text = Render.ToText(new WrappedText("een twee drie vier vijf", Style.Plain), 10);

        Assert.Equal("een twee\ndrie vier\nvijf\n", text);
    }

    [Fact]
    public void Keeps_touching_runs_of_different_styles_together()
    {
        // "gespecialiseerd" + a styled "*": Spectre's Paragraph could put the asterisk alone on the next line.
        var runs = new[] { new StyledRun("die gespecialiseerd", Style.Plain), new StyledRun("*", new Style(Color.Yellow)), new StyledRun(" zijn", Style.Plain) };

        var text = Render.ToText(new WrappedText(runs), 19);

        Assert.Equal("die\ngespecialiseerd*\nzijn\n", text);
    }

    [Fact]
    public void Keeps_guillemets_with_their_word()
    {
        var text = Render.ToText(new WrappedText("zoals « medewerker » of « chef »", Style.Plain), 16);

        Assert.Equal("zoals\n« medewerker »\nof « chef »\n", text);
    }

    [Fact]
    public void Splits_only_a_word_wider_than_the_line()
    {
        var text = Render.ToText(new WrappedText("ab abcdefghij", Style.Plain), 4);

        Assert.Equal("ab\nabcd\nefgh\nij\n", text);
    }

    [Fact]
    public void Breaks_lines_at_newlines()
    {
        Assert.Equal("a\nb\n", Render.ToText(new WrappedText("a\nb", Style.Plain), 20));
    }
}
