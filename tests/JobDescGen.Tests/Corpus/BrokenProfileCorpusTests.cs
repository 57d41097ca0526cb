using JobDescGen.Cli;
using JobDescGen.Testing;
using Xunit;

namespace JobDescGen.Tests.Corpus;

/// <summary>
/// One broken profile per kind of mistake (folders beside this file). Each folder's expected.txt is
/// what <c>jobdescgen validate</c> prints for it (file:line:column, message, source line, caret,
/// hint) and the exit code; paths are shown relative to the case folder.
/// </summary>
public sealed class BrokenProfileCorpusTests
{
    private static string CorpusFolder => RepoPaths.Of("tests", "JobDescGen.Tests", "Corpus");

    public static TheoryData<string> Cases() =>
        new(Directory.GetDirectories(CorpusFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Fact]
    public void The_corpus_covers_every_kind_of_mistake() =>
        Assert.True(Directory.GetDirectories(CorpusFolder).Length >= 15, "expected at least 15 broken-profile cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_reports_the_expected_diagnostics(string name)
    {
        var folder = Path.Combine(CorpusFolder, name);
        Assert.Equal(File.ReadAllText(Path.Combine(folder, "expected.txt")), Validate(folder));
    }

    /// <summary>Runs validate on a case folder and returns what it printed plus the exit code.</summary>
    public static string Validate(string folder)
    {
        var args = new List<string> { "validate", Path.Combine(folder, "profiles") };
        if (Directory.Exists(Path.Combine(folder, "templates")))
        {
            args.AddRange(["--templates", Path.Combine(folder, "templates")]);
        }

        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run([.. args], output, error);
        return (error.ToString() + output + $"exit code: {exit}\n").Replace(folder + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);
    }
}
