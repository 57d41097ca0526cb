using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Hardening;

/// <summary>
/// Issue 12, "exit 70 on user input": each of these ended in "internal error" (exit 70, a bug) and
/// is now a located error with exit 1 or 2. These tests change the working folder, so they run alone.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class UserInputExitCodeTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _previous = Environment.CurrentDirectory;

    public void Dispose()
    {
        Environment.CurrentDirectory = _previous;
        _temp.Dispose();
    }

    [Fact]
    public void Validate_profile_yaml_inside_the_profile_folder_checks_the_profile()
    {
        Environment.CurrentDirectory = HostileFiles.Profile(HostileFiles.Profiles(_temp));

        var run = CliRun.Of("validate", "profile.yaml");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("ok: 1 profile", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_a_level_file_inside_the_levels_folder_checks_the_profile()
    {
        Environment.CurrentDirectory = Path.Combine(HostileFiles.Profile(HostileFiles.Profiles(_temp)), "levels");

        var run = CliRun.Of("validate", "A1.yaml");

        Assert.True(run.ExitCode == 0, run.Error);
    }

    [Fact]
    public void Validate_dot_inside_a_profile_folder_finds_the_shared_level_catalogue()
    {
        Environment.CurrentDirectory = HostileFiles.Profile(HostileFiles.Profiles(_temp));

        var run = CliRun.Of("validate", ".");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.DoesNotContain("no level catalogue", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("list")]
    [InlineData("build")]
    public void A_profiles_path_that_is_a_file_is_a_usage_error(string command)
    {
        _temp.Write("profiles", "not a folder");
        Environment.CurrentDirectory = _temp.Path;

        var run = CliRun.Of(command);

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_with_an_empty_out_is_a_usage_error()
    {
        var run = CliRun.Of("build", "--profiles", HostileFiles.Profiles(_temp), "--out", string.Empty);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: --out is empty", run.Error, StringComparison.Ordinal);
    }
}
