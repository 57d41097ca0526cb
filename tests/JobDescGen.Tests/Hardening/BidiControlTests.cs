using JobDescGen.Diagnostics;
using JobDescGen.Testing;
using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Hardening;

/// <summary>
/// The new-user trial: a title holding U+202E (RIGHT-TO-LEFT OVERRIDE) was printed raw by 'list', so
/// the terminal showed it reversed, and validate said nothing.
/// </summary>
public sealed class BidiControlTests
{
    [Fact]
    public void List_shows_bidi_controls_visibly_and_keeps_its_columns()
    {
        using var temp = new TempFolder();
        var profiles = WithTitle(temp, "Leiding\u202Eevennedig\u202C");

        var run = CliRun.Of("list", "--profiles", profiles);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain('\u202E', run.Output);
        var lines = run.Output.Split('\n');
        Assert.Equal("leidinggevende  Leiding<U+202E>evennedig<U+202C>  C, B, A1, A2  nl", lines[1]);
        Assert.Equal(lines[0].IndexOf("LEVELS", StringComparison.Ordinal), lines[1].IndexOf("C, B", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_reports_escape_bidi_controls_and_keep_the_text()
    {
        using var temp = new TempFolder();
        var profiles = WithTitle(temp, "Leiding\u202Eevennedig\u202C");

        var list = CliRun.Of("list", "--profiles", profiles, "--json");
        var explain = CliRun.Of("explain", "--profiles", profiles, "--level", "A1");

        Assert.Equal((0, 0), (list.ExitCode, explain.ExitCode));
        Assert.DoesNotContain('\u202E', list.Output + explain.Output);
        Assert.Contains("\"Leiding\\u202Eevennedig\\u202C\"", list.Output, StringComparison.Ordinal);
        using var parsed = System.Text.Json.JsonDocument.Parse(explain.Output);
        Assert.Equal("Leiding\u202Eevennedig\u202C", parsed.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public void Validate_warns_where_a_bidi_control_is_written()
    {
        using var temp = new TempFolder();
        var profiles = WithTitle(temp, "Leiding\u2067gevende\u2069");
        var file = Path.Combine(profiles, "leidinggevende", "profile.yaml");

        var run = CliRun.Of("validate", profiles);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{file}:13:14: warning: the text holds the invisible bidi control U+2067 RIGHT-TO-LEFT ISOLATE: it makes terminals and reviews show the text after it reversed or reordered", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{file}:13:22: warning: the text holds the invisible bidi control U+2069 POP DIRECTIONAL ISOLATE", run.Error, StringComparison.Ordinal);
        Assert.Contains("    nl: Leiding<U+2067>gevende<U+2069>\n                              ^", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u2067', run.Error);
    }

    [Fact]
    public void Validate_warns_about_a_bidi_control_in_a_job()
    {
        using var temp = new TempFolder();
        var job = temp.Write("jobs/post.yaml", File.ReadAllText(BundledJob.File).Replace("Teamleider Personeelsadministratie", "Teamleider \u202EPersoneelsadministratie", StringComparison.Ordinal));

        var run = CliRun.Of("validate", job, "--profiles", RepoPaths.Profiles);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{job}:", run.Error, StringComparison.Ordinal);
        Assert.Contains("warning: the text holds the invisible bidi control U+202E RIGHT-TO-LEFT OVERRIDE", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u202A", true)]
    [InlineData("\u202E", true)]
    [InlineData("\u2066", true)]
    [InlineData("\u2069", true)]
    [InlineData("\u200F", false)] // a mark, not an override: it reorders nothing after it
    [InlineData("\u2029", false)]
    public void Bidi_controls_are_the_embeddings_overrides_and_isolates(string character, bool bidi)
    {
        Assert.Equal(bidi, ControlCharacters.IsBidiControl(character[0]));
        Assert.Equal(bidi, ControlCharacters.Neutralise(character) != character);
    }

    private static string WithTitle(TempFolder temp, string title)
    {
        var profiles = temp.CopyFrom(RepoPaths.Profiles, "profiles");
        var file = Path.Combine(profiles, "leidinggevende", "profile.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("  nl: Leidinggevende\n", $"  nl: {title}\n", StringComparison.Ordinal));
        return profiles;
    }
}
