using JobDescGen.Testing;
using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Cli;

/// <summary>The build as GitHub Actions shows it, through the real command line with GITHUB_ACTIONS=true.</summary>
[Collection(EnvironmentCollection.Name)]
public sealed class GitHubBuildReportTests
{
    [Fact]
    public void A_broken_profile_is_annotated_on_its_line_and_the_summary_says_the_build_failed()
    {
        using var temp = new TempFolder();
        var profiles = temp.CopyFrom(RepoPaths.Profiles, "profiles");
        var levelFile = Path.Combine(profiles, "leidinggevende", "levels", "B.yaml");
        File.WriteAllText(levelFile, File.ReadAllText(levelFile).Replace("  supervisie:", "  supervsie:", StringComparison.Ordinal));

        var (run, summary) = InGitHubActions(temp, "build", "--profiles", profiles, "--out", temp.Of("out"), "--formats", "md");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("::error file=profiles/leidinggevende/levels/B.yaml,line=4,col=3,title=jobdescgen error::unknown criterion 'supervsie'%0Ahint: did you mean 'supervisie'?", run.Error, StringComparison.Ordinal);
        Assert.Contains("### jobdescgen build of ", summary, StringComparison.Ordinal);
        Assert.Contains(": failed", summary, StringComparison.Ordinal);
        Assert.Contains("- profile `", summary, StringComparison.Ordinal);
        Assert.Contains("unknown criterion 'supervsie'", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("::", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_check_annotates_stale_files_and_lists_them_in_the_summary()
    {
        using var temp = new TempFolder();
        var profiles = temp.CopyFrom(RepoPaths.Profiles, "profiles");
        var out_ = temp.Of("out");
        Assert.Equal(0, CliRun.Of("build", "--profiles", profiles, "--out", out_, "--formats", "md").ExitCode);
        var profileFile = Path.Combine(profiles, "leidinggevende", "profile.yaml");
        File.WriteAllText(profileFile, File.ReadAllText(profileFile).Replace("Leidinggevende", "Teamleider", StringComparison.Ordinal));

        var (run, summary) = InGitHubActions(temp, "build", "--profiles", profiles, "--out", out_, "--formats", "md", "--check");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("::error file=out/leidinggevende-A1.md,title=jobdescgen build::stale: its profile changed since it was built", run.Error, StringComparison.Ordinal);
        Assert.Contains("### jobdescgen build --check of ", summary, StringComparison.Ordinal);
        Assert.Contains("| unchanged | missing | stale | extra | failed | manifest | seconds |", summary, StringComparison.Ordinal);
        Assert.Contains("| 0 | 0 | 5 | 0 | 0 | stale |", summary, StringComparison.Ordinal);
        Assert.Contains("- stale `leidinggevende-A1.md`", summary, StringComparison.Ordinal);
        Assert.Contains("- stale `leidinggevende-overview.md` (overview)", summary, StringComparison.Ordinal);
        Assert.Contains("::error file=out/leidinggevende-overview.md,title=jobdescgen build::stale:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_successful_build_appends_its_counts_and_no_annotation()
    {
        using var temp = new TempFolder();
        var (run, summary) = InGitHubActions(temp, "build", "--profiles", RepoPaths.Profiles, "--out", temp.Of("out"), "--formats", "md");
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("::", run.Error, StringComparison.Ordinal);
        Assert.Contains(": passed", summary, StringComparison.Ordinal);
        // The 4 levels, the overview and the example job beside the profiles (jobs/).
        Assert.Contains("| 6 | 0 | 0 | 0 | written |", summary, StringComparison.Ordinal);
        Assert.Contains("- built `leidinggevende-C.md`\n", summary, StringComparison.Ordinal);
        Assert.Contains("- built `jobs/teamleider-personeelsadministratie.md`\n", summary, StringComparison.Ordinal);
        Assert.Contains("- built `leidinggevende-overview.md` (overview)\n", summary, StringComparison.Ordinal);
    }

    private static (CliRun Run, string Summary) InGitHubActions(TempFolder temp, params string[] args)
    {
        var summaryFile = temp.Of("summary.md");
        var names = new[] { "GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "GITHUB_WORKSPACE" };
        var previous = names.ToDictionary(n => n, Environment.GetEnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable("GITHUB_ACTIONS", "true");
            Environment.SetEnvironmentVariable("GITHUB_STEP_SUMMARY", summaryFile);
            Environment.SetEnvironmentVariable("GITHUB_WORKSPACE", temp.Path);
            var run = CliRun.Of(args);
            return (run, File.Exists(summaryFile) ? File.ReadAllText(summaryFile) : string.Empty);
        }
        finally
        {
            foreach (var (name, value) in previous)
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }
    }
}
