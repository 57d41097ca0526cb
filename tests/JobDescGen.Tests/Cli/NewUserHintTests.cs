using System.Diagnostics;
using JobDescGen.Cli;
using JobDescGen.Jobs.Loading;
using JobDescGen.Testing;
using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Cli;

/// <summary>
/// The new-user trial: mistakes a newcomer makes that got a message without the way out (a job
/// named with --level, Profile.yaml, an unreadable levels folder, -p /).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // file modes and setpriv
public sealed class NewUserHintTests
{
    [Theory]
    [InlineData("generate", "--level", "B", "--level")]
    [InlineData("preview", "--level", "B", "--level")]
    [InlineData("explain", "--level", "B", "--level")]
    public void A_job_named_with_a_level_is_told_it_is_a_job(string command, string option, string level, string leaveOut)
    {
        var run = CliRun.Of(command, BundledJob.Id, option, level, "--profiles", RepoPaths.Profiles, "--jobs", BundledJob.Folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{BundledJob.File}: error: '{BundledJob.Id}' is a specific job, not a profile", run.Error, StringComparison.Ordinal);
        Assert.Contains($"hint: a job has its own level: leave out {leaveOut}, as in 'jobdescgen {command} {BundledJob.Id}'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_job_file_named_with_from_and_to_is_told_it_is_a_job()
    {
        var run = CliRun.Of("diff", BundledJob.File, "--from", "B", "--to", "A1", "--profiles", RepoPaths.Profiles, "--jobs", BundledJob.Folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"'{BundledJob.File}' is a specific job, not a profile", run.Error, StringComparison.Ordinal);
        Assert.Contains("leave out --from and --to", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yaml_file_that_extends_no_profile_is_not_called_a_job()
    {
        using var temp = new TempFolder();
        var notes = temp.Write("notes/notes.yaml", "title: notities\n");

        var run = CliRun.Of("generate", notes, "--level", "B", "--profiles", RepoPaths.Profiles, "--jobs", BundledJob.Folder);

        Assert.NotEqual(0, run.ExitCode);
        Assert.DoesNotContain("specific job", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_named_like_a_job_is_still_the_profile()
    {
        using var temp = new TempFolder();
        var profiles = temp.CopyFrom(RepoPaths.Profiles, "profiles");
        File.Copy(BundledJob.File, temp.Of("leidinggevende.yaml"));

        var run = CliRun.Of("generate", "leidinggevende", "--level", "B", "--profiles", profiles, "--jobs", temp.Path, "--output", "-");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("# Leidinggevende", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_file_in_another_case_is_named_in_the_hint()
    {
        using var temp = new TempFolder();
        var profiles = temp.CopyFrom(RepoPaths.Profiles, "profiles");
        File.Move(Path.Combine(profiles, "leidinggevende", "profile.yaml"), Path.Combine(profiles, "leidinggevende", "Profile.yaml"));

        var run = CliRun.Of("validate", profiles);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{Path.Combine(profiles, "leidinggevende")}: error: the profile folder has no profile.yaml", run.Error, StringComparison.Ordinal);
        Assert.Contains("hint: found Profile.yaml; rename it to profile.yaml (names are case-sensitive here)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_levels_folder_in_another_case_is_named_in_the_hint()
    {
        using var temp = new TempFolder();
        var profiles = temp.CopyFrom(RepoPaths.Profiles, "profiles");
        Directory.Move(Path.Combine(profiles, "leidinggevende", "levels"), Path.Combine(profiles, "leidinggevende", "Levels"));

        var run = CliRun.Of("validate", profiles);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: the profile has no levels folder", run.Error, StringComparison.Ordinal);
        Assert.Contains("hint: found Levels/; rename it to levels (names are case-sensitive here)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_levels_folder_is_a_located_error_saying_what_to_do()
    {
        using var temp = new TempFolder();
        var profiles = temp.CopyFrom(RepoPaths.Profiles, "profiles");
        var levels = Path.Combine(profiles, "leidinggevende", "levels");
        File.SetUnixFileMode(levels, UnixFileMode.None);
        try
        {
            var (exit, error) = ValidateAsUnprivilegedUser(temp, profiles);

            Assert.Equal(1, exit);
            Assert.Contains($"{levels}: error: cannot read the levels folder: permission denied", error, StringComparison.Ordinal);
            Assert.Contains($"hint: make it readable for you (for example 'chmod u+rx {levels}')", error, StringComparison.Ordinal);
            Assert.DoesNotContain("Access to the path", error, StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(levels, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Theory]
    [InlineData("/", "/jobs")]
    [InlineData("/srv/hr/profiles", "/srv/hr/jobs")]
    [InlineData("profiles", "jobs")]
    [InlineData("hr/profiles/", "hr/jobs")]
    public void The_default_jobs_folder_is_beside_the_profiles_folder_and_never_the_working_directory_s(string profiles, string jobs)
    {
        Assert.Equal(jobs, JobFiles.BesideProfiles(profiles));
    }

    // Root reads every folder: the check runs the tool as 'nobody' then (setpriv), as a user would meet it.
    private static (int Exit, string Error) ValidateAsUnprivilegedUser(TempFolder temp, string profiles)
    {
        if (Environment.UserName != "root")
        {
            var run = CliRun.Of("validate", profiles);
            return (run.ExitCode, run.Error);
        }

        var home = Directory.CreateDirectory(temp.Of("home")).FullName;
        File.SetUnixFileMode(home, (UnixFileMode)0x1FF);
        foreach (var folder in new[] { temp.Path, Path.GetDirectoryName(temp.Path)! })
        {
            File.SetUnixFileMode(folder, File.GetUnixFileMode(folder) | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        var start = new ProcessStartInfo("setpriv") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", Path.ChangeExtension(typeof(CliApp).Assembly.Location, ".dll"), "validate", profiles })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["HOME"] = home;
        start.Environment["DOTNET_CLI_HOME"] = home;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error.Result);
    }
}
