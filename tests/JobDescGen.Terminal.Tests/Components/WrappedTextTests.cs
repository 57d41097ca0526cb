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
    public void Formatting_characters_are_never_printed_and_never_break_a_word()
    {
        // Soft hyphens and word joiners pasted from Word, a zero-width space, a joiner and bidi marks.
        var text = Render.ToText(new WrappedText("een arbeids\u00ADongevallen\u00ADverzekering en woord\u2060joiner \u200Eklaar\u200B\u200D\u2067x\u2069", Style.Plain), 30);

        Assert.Equal("een\narbeidsongevallenverzekering\nen woordjoiner klaarx\n", text);
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

    [Fact]
    public void Never_splits_an_emoji_or_a_letter_from_its_combining_accent()
    {
        // "e" + U+0301 is one character on screen; 👍 is two UTF-16 chars and two cells wide.
        var word = "ae\u0301👍bcde\u0301f";

        var lines = Render.Lines(Render.ToText(new WrappedText(word, Style.Plain), 3));

        Assert.Equal(word, string.Concat(lines));
        Assert.DoesNotContain(lines, line => char.IsHighSurrogate(line[^1]) || line[0] == '\u0301' || char.IsLowSurrogate(line[0]));
    }
}
