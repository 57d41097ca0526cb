using JobDescGen.Testing;
using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Cli;

public sealed class OtherCommandTests
{
    [Fact]
    public void Validate_is_clean_on_the_bundled_profiles()
    {
        var run = CliRun.Of("validate", RepoPaths.Profiles);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("1 profile, 4 documents", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_checks_the_pdf_theme()
    {
        using var temp = new TempFolder();
        temp.Write("templates/theme.yaml", "page:\n  margn: 10\n");
        var run = CliRun.Of("validate", RepoPaths.Profiles, "--templates", temp.Of("templates"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("theme.yaml:2:3: error: unknown key 'margn' in 'page'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_accepts_a_level_file_path()
    {
        var run = CliRun.Of("validate", Path.Combine(RepoPaths.BundledProfile, "levels", "A1.yaml"));
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Validate_of_a_missing_path_is_a_usage_error() =>
        Assert.Equal(2, CliRun.Of("validate", "/nonexistent").ExitCode);

    [Fact]
    public void List_shows_profiles_and_levels_in_rank_order()
    {
        var run = CliRun.Of("list", "--profiles", RepoPaths.Profiles);
        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.TrimEnd().Split('\n');
        Assert.StartsWith("PROFILE", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^leidinggevende\s+Leidinggevende\s+C, B, A1, A2\s+nl$", lines[1]);
    }

    [Fact]
    public void List_marks_a_broken_profile_and_exits_1()
    {
        using var temp = new TempFolder();
        var profiles = temp.CopyFrom(RepoPaths.Profiles, "profiles");
        temp.CopyFrom(RepoPaths.BundledProfile, "profiles/kapot");
        File.WriteAllText(Path.Combine(profiles, "kapot", "profile.yaml"), "id: kapot\n");
        var run = CliRun.Of("list", "--profiles", profiles);
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"kapot\s+\(invalid: \d+ errors; run 'jobdescgen validate'\)", run.Output);
        Assert.Contains("leidinggevende", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_writes_a_working_starter_folder()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("init", temp.Path);
        Assert.Equal(0, run.ExitCode);
        foreach (var file in new[] { "profiles/levels.yaml", "profiles/leidinggevende/profile.yaml", "profiles/leidinggevende/levels/A1.yaml", "templates/job-description.md.sbn", "templates/lang/nl.yaml", "schemas/profile.schema.json" })
        {
            Assert.True(File.Exists(temp.Of(file)), file);
        }

        Assert.Equal(File.ReadAllText(RepoPaths.Of("profiles", "leidinggevende", "profile.yaml")), File.ReadAllText(temp.Of("profiles", "leidinggevende", "profile.yaml")));
        var generated = CliRun.Of("generate", "--level", "A1", "--profiles", temp.Of("profiles"), "--templates", temp.Of("templates"), "-o", "-");
        Assert.Equal(0, generated.ExitCode);
        Assert.Contains("# Leidinggevende — Niveau A1", generated.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_refuses_to_overwrite_and_changes_nothing()
    {
        using var temp = new TempFolder();
        var mine = temp.Write("templates/job-description.md.sbn", "my own template");
        var run = CliRun.Of("init", temp.Path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--force", run.Error, StringComparison.Ordinal);
        Assert.Equal("my own template", File.ReadAllText(mine));
        Assert.False(Directory.Exists(temp.Of("profiles")));

        Assert.Equal(0, CliRun.Of("init", temp.Path, "--force").ExitCode);
        Assert.NotEqual("my own template", File.ReadAllText(mine));
    }

    [Fact]
    public void Unknown_command_is_a_usage_error()
    {
        var run = CliRun.Of("generat", "--level", "A1");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--help", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("generate --lvel A1", "did you mean '--level'?")]
    [InlineData("validate --profile x", "did you mean '--profiles'?")]
    [InlineData("generat --level A1", "did you mean 'generate'?")]
    public void Typos_on_the_command_line_get_a_suggestion(string commandLine, string hint)
    {
        var run = CliRun.Of(commandLine.Split(' '));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(hint, run.Error, StringComparison.Ordinal);
    }
}
