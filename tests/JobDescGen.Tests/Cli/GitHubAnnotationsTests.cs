using JobDescGen.Cli.Infrastructure;
using JobDescGen.Diagnostics;
using JobDescGen.Testing;
using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Cli;

public sealed class GitHubAnnotationsTests
{
    private static readonly GitHubEnvironment Actions = Environment(new() { ["GITHUB_ACTIONS"] = "true", ["GITHUB_WORKSPACE"] = "/repo" });

    [Fact]
    public void An_error_with_a_position_and_a_hint_becomes_one_workflow_command()
    {
        var diagnostic = new Diagnostic(DiagnosticSeverity.Error, new SourceLocation("/repo/profiles/x/levels/B.yaml", 4, 3), "unknown criterion 'supervsie'", "did you mean 'supervisie'?");
        Assert.Equal(
            "::error file=profiles/x/levels/B.yaml,line=4,col=3,title=jobdescgen error::unknown criterion 'supervsie'%0Ahint: did you mean 'supervisie'?",
            GitHubAnnotations.Format(diagnostic, Actions));
    }

    [Fact]
    public void A_warning_without_a_position_names_only_the_file()
    {
        var diagnostic = new Diagnostic(DiagnosticSeverity.Warning, SourceLocation.FileOnly("/repo/profiles/levels.yaml"), "unused level");
        Assert.Equal("::warning file=profiles/levels.yaml,title=jobdescgen warning::unused level", GitHubAnnotations.Format(diagnostic, Actions));
    }

    [Fact]
    public void Percent_signs_line_breaks_and_separators_cannot_end_the_command_early()
    {
        var diagnostic = new Diagnostic(DiagnosticSeverity.Error, new SourceLocation("/repo/a,b:c.yaml", 1, 1), "100% wrong\r\n::error::fake\u001b[31m");
        var command = GitHubAnnotations.Format(diagnostic, Actions);
        Assert.Equal("::error file=a%2Cb%3Ac.yaml,line=1,col=1,title=jobdescgen error::100%25 wrong%0D%0A::error::fake\uFFFD[31m", command);
        Assert.DoesNotContain('\n', command);
    }

    [Fact]
    public void Nothing_is_written_outside_GitHub_Actions()
    {
        var writer = new StringWriter();
        var diagnostic = new Diagnostic(DiagnosticSeverity.Error, new SourceLocation("a.yaml", 1, 1), "x");
        GitHubAnnotations.Write([diagnostic], writer, Environment(new() { ["GITHUB_ACTIONS"] = "false" }));
        GitHubAnnotations.Write([diagnostic], writer, Environment([]));
        Assert.Equal(string.Empty, writer.ToString());
    }

    private static GitHubEnvironment Environment(Dictionary<string, string> variables) =>
        new(name => variables.GetValueOrDefault(name));
}
