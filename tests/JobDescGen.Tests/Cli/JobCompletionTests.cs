using JobDescGen.Testing;
using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Cli;

/// <summary>generate, diff, preview and explain take a job's id where they take a profile's: Tab offers both.</summary>
public sealed class JobCompletionTests
{
    private const string Job = "teamleider-personeelsadministratie";

    [Theory]
    [InlineData("generate")]
    [InlineData("diff")]
    [InlineData("preview")]
    [InlineData("explain")]
    public void The_argument_offers_profile_ids_and_the_job_ids_beside_the_profiles(string command)
    {
        var candidates = Complete($"jobdescgen {command} --profiles {RepoPaths.Profiles} ");

        Assert.Contains("leidinggevende", candidates);
        Assert.Contains(Job, candidates);
    }

    [Theory]
    [InlineData("generate --level A1")]
    [InlineData("diff --from B --to A1")]
    [InlineData("preview --level C")]
    [InlineData("explain --level A2")]
    public void Once_a_level_is_given_only_profiles_are_offered(string command)
    {
        var candidates = Complete($"jobdescgen {command} --profiles {RepoPaths.Profiles} ");

        Assert.Contains("leidinggevende", candidates);
        Assert.DoesNotContain(Job, candidates);
    }

    [Fact]
    public void The_jobs_option_names_the_folder_of_jobs()
    {
        using var temp = new TempFolder();
        temp.Write("elsewhere/eerste.yaml", "level: A1\n");
        temp.Write("elsewhere/tweede.yml", "level: B\n");
        temp.Write("elsewhere/notes.txt", "not a job\n");

        var candidates = Complete($"jobdescgen generate --profiles {RepoPaths.Profiles} --jobs {temp.Of("elsewhere")} ");

        Assert.Equal(["eerste", "leidinggevende", "tweede"], candidates.Where(c => !c.StartsWith('-') && !c.StartsWith('/')).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Overview_takes_no_job_and_offers_none() =>
        Assert.DoesNotContain(Job, Complete($"jobdescgen overview --profiles {RepoPaths.Profiles} "));

    [Fact]
    public void A_missing_jobs_folder_offers_the_profiles_and_does_not_fail() =>
        Assert.Contains("leidinggevende", Complete($"jobdescgen generate --profiles {RepoPaths.Profiles} --jobs /nonexistent/jobs "));

    // The line as a shell passes it, the cursor at its end.
    private static string[] Complete(string line)
    {
        var run = CliRun.Of($"[suggest:{line.Length}]", line);
        Assert.Equal(0, run.ExitCode);
        return run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
