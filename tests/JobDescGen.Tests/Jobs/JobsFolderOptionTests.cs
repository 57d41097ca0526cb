using JobDescGen.Testing;
using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Jobs;

/// <summary>--jobs DIR: build takes it like generate, list and validate; a folder the user names must exist.</summary>
public sealed class JobsFolderOptionTests
{
    [Fact]
    public void Build_takes_its_jobs_from_the_jobs_option()
    {
        using var temp = new TempFolder();
        var profiles = temp.CopyFrom(RepoPaths.Profiles, "hr/profiles");
        var posts = temp.CopyFrom(BundledJob.Folder, "posts");
        var output = temp.Of("out");

        var build = CliRun.Of("build", "--profiles", profiles, "--jobs", posts, "--out", output, "--formats", "md", "--quiet");

        Assert.Equal(0, build.ExitCode);
        Assert.Equal(BundledJob.Markdown, File.ReadAllText(Path.Combine(output, "jobs", BundledJob.Id + ".md")));
        Assert.Equal(0, CliRun.Of("build", "--profiles", profiles, "--jobs", posts, "--out", output, "--formats", "md", "--check", "--quiet").ExitCode);

        // Checked without the option, the folder lacks nothing but has the job as extra: the option chose it.
        var check = CliRun.Of("build", "--profiles", profiles, "--out", output, "--formats", "md", "--check");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains($"extra      {output}/jobs/{BundledJob.Id}.md", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_without_the_option_takes_the_jobs_beside_the_profiles()
    {
        using var temp = new TempFolder();
        var profiles = temp.CopyFrom(RepoPaths.Profiles, "profiles");
        temp.CopyFrom(BundledJob.Folder, "jobs");

        Assert.Equal(0, CliRun.Of("build", "--profiles", profiles, "--out", temp.Of("out"), "--formats", "md", "--quiet").ExitCode);
        Assert.True(File.Exists(temp.Of("out", "jobs", BundledJob.Id + ".md")));
    }

    [Fact]
    public void A_job_whose_file_name_a_level_document_takes_is_refused_and_counted_as_failed()
    {
        // --name puts the levels' documents in jobs/ too: job 'leidinggevende-A1' and level A1 want one file.
        using var temp = new TempFolder();
        var profiles = temp.CopyFrom(RepoPaths.Profiles, "profiles");
        Directory.CreateDirectory(temp.Of("jobs"));
        File.Copy(BundledJob.File, temp.Of("jobs", "leidinggevende-A1.yaml"));

        var build = CliRun.Of("build", "--profiles", profiles, "--out", temp.Of("out"), "--formats", "md", "--name", "jobs/{profile}-{level}.{ext}", "--json");

        Assert.Equal(1, build.ExitCode);
        Assert.Contains("'jobs/leidinggevende-A1.md' would be written twice: for jobs/leidinggevende-A1 A1 nl md and for leidinggevende A1 nl md", build.Error, StringComparison.Ordinal);
        var failed = System.Text.Json.Nodes.JsonNode.Parse(build.Output)!["files"]!.AsArray().Single(f => (string)f!["status"]! == "failed")!;
        Assert.Equal("jobs/leidinggevende-A1.md", (string)failed["path"]!);
        Assert.Equal("level", (string)failed["kind"]!);
        Assert.Equal("A1", (string)failed["level"]!);
    }

    [Theory]
    [InlineData("build", "--formats", "md")]
    [InlineData("list")]
    [InlineData("validate")]
    [InlineData("generate", "--level", "A1", "-o", "-")]
    public void A_jobs_folder_that_does_not_exist_is_a_usage_error(params string[] command)
    {
        using var temp = new TempFolder();

        string[] args = [.. command, "--profiles", RepoPaths.Profiles, "--jobs", temp.Of("posst")];

        var run = CliRun.Of(command[0] == "build" ? [.. args, "--out", temp.Of("out")] : args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: the jobs folder '{temp.Of("posst")}' does not exist", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Of("out")));
    }

    [Fact]
    public void Help_of_build_shows_the_jobs_option()
    {
        var help = CliRun.Of("build", "--help").Output;

        Assert.Contains("--jobs <DIR>", help, StringComparison.Ordinal);
        Assert.Contains("[default: 'jobs' beside the profiles folder]", help, StringComparison.Ordinal);
    }
}
