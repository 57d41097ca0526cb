using JobDescGen.Cli;
using JobDescGen.Testing;
using Xunit;

namespace JobDescGen.Tests.JobCorpus;

/// <summary>
/// One broken job per kind of mistake (folders beside this file, each with jobs/&lt;id&gt;.yaml on the
/// bundled profile). Each folder's expected.txt is what <c>jobdescgen validate jobs/&lt;id&gt;.yaml</c>
/// prints for it and its exit code; paths are shown relative to the case folder and the repository.
/// </summary>
public sealed class BrokenJobCorpusTests
{
    private static string CorpusFolder => RepoPaths.Of("tests", "JobDescGen.Tests", "JobCorpus");

    public static TheoryData<string> Cases() =>
        new(Directory.GetDirectories(CorpusFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    /// <summary>Each kind of mistake docs/jobs.md lists under "What is checked", the case that shows it, and the message that proves it.</summary>
    private static readonly (string Case, string Message)[] Kinds =
    [
        ("01-unknown-profile", "error: unknown profile 'leidinggevend'"),
        ("02-unknown-level", "error: unknown level 'A6'"),
        ("03-misspelled-rubric", "hint: did you mean 'network'?"),
        ("04-misspelled-field", "hint: did you mean 'reports_to'?"),
        ("05-unknown-task", "error: unknown task 'planing' in result area 'coordinator'"),
        ("05-unknown-task", "hint: did you mean 'instructies'?"),
        ("06-area-not-optional", "error: result area 'coach' is not optional: every job has it"),
        ("06-area-not-optional", "error: unknown result area 'kennisbeheerdr'"),
        ("07-tasks-for-left-out-area", "error: tasks for result area 'medewerker', which this job leaves out"),
        ("08-missing-title", "error: missing required field 'title' in 'identification'"),
        ("09-wrong-types", "error: 'positioning.team_size' should be a whole number"),
        ("09-wrong-types", "error: 'identification.created' is not a date"),
        ("10-undeclared-language", "error: 'fr' is not one of the profile's languages (nl)"),
        ("11-invalid-job-id", "error: 'teamleider onthaal' is not a valid job id"),
    ];

    [Fact]
    public void Every_kind_of_mistake_has_a_case_whose_expected_output_shows_it_and_every_case_is_accounted_for()
    {
        var folders = Directory.GetDirectories(CorpusFolder).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, message) in Kinds)
        {
            Assert.Contains(name, folders);
            var expected = File.ReadAllText(Path.Combine(CorpusFolder, name, "expected.txt"));
            Assert.Contains(message, expected, StringComparison.Ordinal);
            Assert.EndsWith("exit code: 1\n", expected, StringComparison.Ordinal);
        }

        Assert.Empty(folders.Except(Kinds.Select(k => k.Case)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_reports_the_expected_diagnostics(string name)
    {
        var folder = Path.Combine(CorpusFolder, name);
        Assert.Equal(File.ReadAllText(Path.Combine(folder, "expected.txt")), Validate(folder));
    }

    /// <summary>Runs validate on the job file of a case folder and returns what it printed plus the exit code.</summary>
    public static string Validate(string folder)
    {
        var job = Directory.GetFiles(Path.Combine(folder, "jobs"), "*.yaml").Single();
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(["validate", job, "--profiles", RepoPaths.Profiles, "--jobs", Path.Combine(folder, "jobs")], output, error);
        return (error.ToString() + output + $"exit code: {exit}\n")
            .Replace(folder + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)
            .Replace(RepoPaths.Root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);
    }
}
