using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Hardening;

/// <summary>
/// Issue 12, "secrets through links": an input linked to a file outside the folder it was given in
/// is refused with a clear error, so a credentials file never reaches a diagnostic or a document.
/// </summary>
public sealed class LinkedInputTests
{
    private const string Secret = "AWS_SECRET_ACCESS_KEY=do-not-print-me";

    [Fact]
    public void A_level_file_linked_outside_the_profile_folder_is_refused_and_not_echoed()
    {
        using var temp = new TempFolder();
        var profiles = HostileFiles.Profiles(temp);
        var secret = temp.Write("credentials", "level: " + Secret + "\n");
        var level = Path.Combine(HostileFiles.Profile(profiles), "levels", "D.yaml");
        HostileFiles.Link(level, secret);

        var run = CliRun.Of("validate", profiles);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{level}: error: cannot read the file: it is a link to {secret}, outside {HostileFiles.Profile(profiles)}", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, run.Error + run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_level_file_linked_to_proc_self_environ_is_refused()
    {
        using var temp = new TempFolder();
        var profiles = HostileFiles.Profiles(temp);
        HostileFiles.Link(Path.Combine(HostileFiles.Profile(profiles), "levels", "D.yaml"), "/proc/self/environ");

        var run = CliRun.Of("validate", profiles);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: cannot read the file: it is a link to /proc/", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("PATH=", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_inside_the_profile_folder_is_followed()
    {
        using var temp = new TempFolder();
        var profiles = HostileFiles.Profiles(temp);
        var levels = Path.Combine(HostileFiles.Profile(profiles), "levels");
        File.Move(Path.Combine(levels, "C.yaml"), Path.Combine(HostileFiles.Profile(profiles), "C-source.yaml"));
        HostileFiles.Link(Path.Combine(levels, "C.yaml"), Path.Combine("..", "C-source.yaml"));

        var run = CliRun.Of("validate", profiles);

        Assert.True(run.ExitCode == 0, run.Error);
    }

    [Fact]
    public void A_template_include_linked_outside_the_templates_folder_is_refused_and_not_published()
    {
        using var temp = new TempFolder();
        var profiles = HostileFiles.Profiles(temp);
        var secret = temp.Write("secret.txt", Secret);
        temp.Write("templates/job-description.md.sbn", "# {{ title }}\n\n{{ include 'leak.sbn' }}\n");
        HostileFiles.Link(temp.Of("templates", "leak.sbn"), secret);

        var run = CliRun.Of("generate", "--profiles", profiles, "--templates", temp.Of("templates"), "--level", "A1", "--output", "-");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"cannot include 'leak.sbn': cannot read the file: it is a link to {secret}, outside {temp.Of("templates")}", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, run.Error + run.Output, StringComparison.Ordinal);
    }
}
