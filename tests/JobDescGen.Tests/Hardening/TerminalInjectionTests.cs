using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Hardening;

/// <summary>
/// Issue 12, terminal injection: preview, list and diagnostics printed raw escape sequences from
/// user text (window title, clear screen, OSC 52 clipboard writes, OSC 8 links, C1 CSI). The
/// terminal components themselves are tested in JobDescGen.Terminal.Tests (ControlCharacterTests).
/// </summary>
public sealed class TerminalInjectionTests
{
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
