using JobDescGen.Terminal.Components;
using JobDescGen.Terminal.Output;
using Spectre.Console;
using Xunit;

namespace JobDescGen.Terminal.Tests.Components;

/// <summary>
/// Issue 12, terminal injection: every piece of a document reaches the terminal through a
/// <see cref="StyledRun"/>, which shows control characters visibly, so neither the plain output
/// (pipes, pagers) nor Spectre's ANSI output carries an escape sequence from user text.
/// </summary>
public sealed class ControlCharacterTests
{
    private const string Attack = "title\u001b]0;pwned\u0007 clear\u001b[2J clip\u001b]52;c;cGF5bG9hZA==\u0007 link\u001b]8;;https://evil\u001b\\x\u001b]8;;\u001b\\ csi\u009b2J";

    [Fact]
    public void Preview_text_shows_control_characters_visibly()
    {
        var text = PlainTextRenderer.Render(new WrappedText(Attack, Style.Plain), 200);

        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\u009b', text);
        Assert.DoesNotContain('\u0007', text);
        Assert.Contains("title␛]0;pwned␇", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Preview_on_an_ansi_terminal_shows_control_characters_visibly()
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.Yes, ColorSystem = ColorSystemSupport.TrueColor });

        console.Write(new WrappedText(Attack, new Style(Color.Red)));

        Assert.DoesNotContain("\u001b]", writer.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[2J", writer.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain('\u009b', writer.ToString());
    }
}
