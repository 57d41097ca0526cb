using JobDescGen.Terminal.Components;
using JobDescGen.Terminal.Output;
using JobDescGen.Tests.Support;
using Spectre.Console;
using Xunit;

namespace JobDescGen.Tests.Hardening;

/// <summary>
/// Issue 12, terminal injection: preview, list and diagnostics printed raw escape sequences from
/// user text (window title, clear screen, OSC 52 clipboard writes, OSC 8 links, C1 CSI).
/// </summary>
public sealed class TerminalInjectionTests
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

    [Fact]
    public void List_shows_a_hostile_folder_name_visibly()
    {
        using var temp = new TempFolder();
        var profiles = HostileFiles.Profiles(temp);
        Directory.CreateDirectory(Path.Combine(profiles, "evil\u001b]0;pwned\u0007", "levels"));

        var run = CliRun.Of("list", "--profiles", profiles);

        Assert.DoesNotContain('\u001b', run.Output + run.Error);
        Assert.Contains("evil␛]0;pwned␇", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_text_with_an_escape_sequence_never_reaches_preview()
    {
        using var temp = new TempFolder();
        var profiles = HostileFiles.Profiles(temp);
        File.AppendAllText(Path.Combine(HostileFiles.Profile(profiles), "profile.yaml"), "organisation: \"FOD \\e]52;c;cGF5bG9hZA==\\a\"\n");

        var run = CliRun.Of("preview", "--profiles", profiles, "--level", "A1", "--width", "80");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: the text holds the control character U+001B (ESC)", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Output + run.Error);
    }
}
