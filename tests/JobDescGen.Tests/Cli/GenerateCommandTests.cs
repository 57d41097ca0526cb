using JobDescGen.Testing;
using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Cli;

public sealed class GenerateCommandTests
{
    [Fact]
    public void Writes_the_file_and_prints_its_path()
    {
        using var temp = new TempFolder();
        var target = temp.Of("a1.md");
        var run = CliRun.Of("generate", "--level", "A1", "--profiles", RepoPaths.Profiles, "--output", target);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(target, run.Output.Trim());
        Assert.StartsWith("# Leidinggevende — Niveau A1\n", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Output_folder_gets_the_default_file_name()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("generate", "leidinggevende", "--level", "b", "--profiles", RepoPaths.Profiles, "--output", temp.Path + "/");
        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(temp.Of("leidinggevende-B.md")), run.Error);
    }

    [Fact]
    public void Dash_writes_markdown_to_stdout() =>
        Assert.StartsWith("# Leidinggevende — Niveau C", CliRun.Of("generate", "--level", "C", "--profiles", RepoPaths.Profiles, "-o", "-").Output, StringComparison.Ordinal);

    [Fact]
    public void A_profile_path_works_as_well_as_an_id()
    {
        var run = CliRun.Of("generate", RepoPaths.BundledProfile, "--level", "A2", "-o", "-");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("expertise", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--level", "A5", "profile 'leidinggevende' has no level A5")]
    [InlineData("--level", "Z9", "unknown level 'Z9'")]
    public void Unknown_level_is_a_usage_error_naming_the_levels(string option, string value, string message)
    {
        var run = CliRun.Of("generate", option, value, "--profiles", RepoPaths.Profiles);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Contains("C, B, A1, A2", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_profile_suggests_the_nearest()
    {
        var run = CliRun.Of("generate", "leidinggevend", "--level", "A1", "--profiles", RepoPaths.Profiles);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("did you mean 'leidinggevende'?", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_level_option_is_a_usage_error()
    {
        var run = CliRun.Of("generate", "--profiles", RepoPaths.Profiles);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--level", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_output_is_a_usage_error() =>
        Assert.Equal(2, CliRun.Of("generate", "--level", "A1", "--profiles", RepoPaths.Profiles, "-o", "").ExitCode);

    [Fact]
    public void Unknown_format_lists_the_formats_in_lower_case()
    {
        var run = CliRun.Of("generate", "--level", "A1", "--profiles", RepoPaths.Profiles, "--format", "odt");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("formats: " + JobDescGen.Cli.Infrastructure.ToolFormats.Registry.NameList, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("DocumentFormat", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("notes.txt")]
    [InlineData("job.odt")]
    public void An_output_file_whose_extension_is_no_format_is_a_usage_error_that_lists_the_formats(string name)
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, name);
        var run = CliRun.Of("generate", "--level", "A1", "--profiles", RepoPaths.Profiles, "-o", target);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"'{Path.GetExtension(name)}' is not an output format", run.Error, StringComparison.Ordinal);
        Assert.Contains("formats: " + JobDescGen.Cli.Infrastructure.ToolFormats.Registry.NameList, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void An_explicit_format_may_write_a_file_with_any_other_extension()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "notes.txt");
        var run = CliRun.Of("generate", "--level", "A1", "--profiles", RepoPaths.Profiles, "--format", "md", "-o", target);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# Leidinggevende", File.ReadAllText(target), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unwritable_output_names_the_target_not_a_temporary_file()
    {
        var run = CliRun.Of("generate", "--level", "A1", "--profiles", RepoPaths.Profiles, "-o", "/proc/jobdescgen-test.md");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot write /proc/jobdescgen-test.md", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(".tmp", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_profiles_folder_is_a_usage_error()
    {
        var run = CliRun.Of("generate", "--level", "A1", "--profiles", "/nonexistent/profiles");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_profile_exits_1_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var profiles = temp.CopyFrom(RepoPaths.Profiles, "profiles");
        File.AppendAllText(Path.Combine(profiles, "leidinggevende", "profile.yaml"), "\nversoin: 2\n");
        var target = temp.Of("out", "x.md");
        var run = CliRun.Of("generate", "--level", "A1", "--profiles", profiles, "--output", target);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("unknown key 'versoin'", run.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'version'?", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Of("out")));
    }

    [Fact]
    public void An_existing_file_is_replaced_whole()
    {
        using var temp = new TempFolder();
        var target = temp.Write("a1.md", new string('x', 100_000));
        Assert.Equal(0, CliRun.Of("generate", "--level", "A1", "--profiles", RepoPaths.Profiles, "-o", target).ExitCode);
        Assert.DoesNotContain("xxx", File.ReadAllText(target), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_shows_examples()
    {
        var run = CliRun.Of("generate", "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Examples:", run.Output, StringComparison.Ordinal);
        Assert.Contains("jobdescgen generate --level A1", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_output_extension_chooses_the_format_and_must_agree_with_format()
    {
        using var temp = new TempFolder();
        var pdf = temp.Of("a1.pdf");
        Assert.Equal(0, CliRun.Of("generate", "--level", "A1", "--profiles", RepoPaths.Profiles, "-o", pdf).ExitCode);
        Assert.Equal("%PDF-"u8.ToArray(), File.ReadAllBytes(pdf)[..5]);

        var clash = CliRun.Of("generate", "--level", "A1", "--profiles", RepoPaths.Profiles, "-o", temp.Of("b.pdf"), "--format", "md");
        Assert.Equal(2, clash.ExitCode);
        Assert.Contains("use --format pdf", clash.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Of("b.pdf")));
    }
}
