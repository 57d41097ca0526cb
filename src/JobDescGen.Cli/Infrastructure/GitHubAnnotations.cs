using System.Text;
using JobDescGen.Diagnostics;

namespace JobDescGen.Cli.Infrastructure;

/// <summary>
/// Diagnostics as GitHub Actions workflow commands (<c>::error file=…,line=…,col=…::message</c>),
/// so a pull request shows each problem on the line it is about.
/// </summary>
public static class GitHubAnnotations
{
    /// <summary>Writes one workflow command per diagnostic when running in GitHub Actions; nothing otherwise.</summary>
    public static void Write(IEnumerable<Diagnostic> diagnostics, TextWriter writer, GitHubEnvironment? github = null)
    {
        github ??= GitHubEnvironment.Current;
        if (!github.IsActive)
        {
            return;
        }

        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(Format(diagnostic, github));
        }
    }

    /// <summary>The workflow command for one diagnostic; the hint follows the message on a second line.</summary>
    public static string Format(Diagnostic diagnostic, GitHubEnvironment github)
    {
        var command = diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var properties = new List<string> { $"file={EscapeProperty(github.RepositoryPath(diagnostic.Location.File))}" };
        if (diagnostic.Location.HasPosition)
        {
            properties.Add($"line={diagnostic.Location.Line}");
            properties.Add($"col={diagnostic.Location.Column}");
        }

        properties.Add($"title={EscapeProperty($"jobdescgen {command}")}");
        var message = diagnostic.Hint is null ? diagnostic.Message : $"{diagnostic.Message}\nhint: {diagnostic.Hint}";
        return $"::{command} {string.Join(',', properties)}::{EscapeData(message)}";
    }

    /// <summary>A workflow command for a file the build reports as a problem (stale, missing, extra, failed).</summary>
    public static string FileProblem(string file, string message, GitHubEnvironment github) =>
        $"::error file={EscapeProperty(github.RepositoryPath(file))},title={EscapeProperty("jobdescgen build")}::{EscapeData(message)}";

    // As GitHub's toolkit escapes them: a message cannot end the command early, nor a property
    // value run into the next property.
    private static string EscapeData(string value) =>
        Neutralise(value).Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    // Other control characters (an escape sequence in a profile text) never reach the log.
    private static string Neutralise(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var character in value)
        {
            builder.Append(char.IsControl(character) && character is not '\n' and not '\r' ? '\uFFFD' : character);
        }

        return builder.ToString();
    }
}
