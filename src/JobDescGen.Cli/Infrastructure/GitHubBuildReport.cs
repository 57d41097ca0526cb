using System.Globalization;
using System.Text;
using JobDescGen.Building;
using JobDescGen.Diagnostics;

namespace JobDescGen.Cli.Infrastructure;

/// <summary>
/// A build or check as GitHub Actions shows it: an annotation for each file that is a problem
/// (failed, missing, stale, extra), and a job summary of what was built, changed or failed.
/// </summary>
public static class GitHubBuildReport
{
    /// <summary>How many files the summary lists by name; the counts cover the rest.</summary>
    public const int ListedFiles = 50;

    /// <summary>Writes the annotations to <paramref name="error"/> and appends the summary to <c>GITHUB_STEP_SUMMARY</c>, when running in GitHub Actions.</summary>
    public static void Write(BuildResult result, string outputDirectory, TimeSpan elapsed, TextWriter error, GitHubEnvironment? github = null)
    {
        github ??= GitHubEnvironment.Current;
        if (!github.IsActive)
        {
            return;
        }

        foreach (var file in result.Files.Where(f => BuildLines.IsProblem(f.Status)))
        {
            error.WriteLine(GitHubAnnotations.FileProblem(Path.Combine(outputDirectory, file.Path), ProblemMessage(file.Status, outputDirectory), github));
        }

        if (github.SummaryFile is { } summary)
        {
            File.AppendAllText(summary, Summary(result, outputDirectory, elapsed));
        }
    }

    /// <summary>The job summary in GitHub-flavoured Markdown.</summary>
    public static string Summary(BuildResult result, string outputDirectory, TimeSpan elapsed)
    {
        var check = result.Mode == BuildMode.Check;
        var statuses = check
            ? new[] { DocumentStatus.Unchanged, DocumentStatus.Missing, DocumentStatus.Stale, DocumentStatus.Extra, DocumentStatus.Failed }
            : [DocumentStatus.Built, DocumentStatus.UpToDate, DocumentStatus.Deleted, DocumentStatus.Failed];
        var text = new StringBuilder();
        var verdict = result.Succeeded ? "passed" : "failed";
        var seconds = elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        text.Append(CultureInfo.InvariantCulture, $"### jobdescgen {(check ? "build --check" : "build")} of `{Code(outputDirectory)}`: {verdict}\n\n");
        text.Append("| ").AppendJoin(" | ", statuses.Select(BuildLines.Word)).Append(" | manifest | seconds |\n");
        text.Append("|").Append(string.Concat(Enumerable.Repeat(" ---: |", statuses.Length + 2))).Append('\n');
        text.Append("| ").AppendJoin(" | ", statuses.Select(s => result.Count(s).ToString(CultureInfo.InvariantCulture)))
            .Append(CultureInfo.InvariantCulture, $" | {result.Manifest.ToString().ToLowerInvariant()} | {seconds} |\n\n");

        foreach (var profile in result.FailedProfiles)
        {
            text.Append(CultureInfo.InvariantCulture, $"- profile `{Code(profile)}` could not be loaded\n");
        }

        // Files whose bytes changed, or that need the author's attention; up-to-date and unchanged
        // files are the quiet majority and stay counted only.
        var listed = result.Files.Where(f => f.Status is not (DocumentStatus.UpToDate or DocumentStatus.Unchanged)).ToList();
        foreach (var file in listed.Take(ListedFiles))
        {
            var overview = file.Kind == DocumentKind.Overview ? " (overview)" : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"- {BuildLines.Word(file.Status)} `{Code(file.Path)}`{overview}\n");
        }

        if (listed.Count > ListedFiles)
        {
            text.Append(CultureInfo.InvariantCulture, $"- … and {listed.Count - ListedFiles} more\n");
        }

        var errors = result.Diagnostics.ErrorCount();
        if (result.Diagnostics.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{Wording.Count(errors, "error")}, {Wording.Count(result.Diagnostics.Count - errors, "warning")} in the profiles and templates (annotated on their lines):\n\n");
            foreach (var diagnostic in result.Diagnostics.Take(ListedFiles))
            {
                text.Append(CultureInfo.InvariantCulture, $"- `{Code(diagnostic.Location.ToString())}` {Code(diagnostic.Message)}\n");
            }
        }

        return text.Append('\n').ToString();
    }

    private static string ProblemMessage(DocumentStatus status, string outputDirectory) => status switch
    {
        DocumentStatus.Failed => "could not be built: see the errors in the profiles",
        DocumentStatus.Missing => $"missing: the build makes this file; run 'jobdescgen build --out {outputDirectory}' and commit it",
        DocumentStatus.Stale => $"stale: its profile changed since it was built; run 'jobdescgen build --out {outputDirectory}' and commit it",
        _ => "extra: the build does not make this file; delete it",
    };

    // Backticks and line breaks would end a code span or a list item early.
    private static string Code(string value) => value.Replace('`', '\'').Replace('\n', ' ').Replace('\r', ' ');
}
