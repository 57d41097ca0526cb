using JobDescGen.Building;
using JobDescGen.Diagnostics;

namespace JobDescGen.Cli.Infrastructure;

/// <summary>The plain, one-line-per-file wording of build results, for logs and CI.</summary>
public static class BuildLines
{
    /// <summary>One file's line: its status, padded, then its path under the output folder.</summary>
    public static string For(DocumentResult result, string outputDirectory) =>
        $"{Word(result.Status),-10} {Path.Combine(outputDirectory, result.Path)}";

    /// <summary>The word for a status (<c>up-to-date</c>).</summary>
    public static string Word(DocumentStatus status) => status switch
    {
        DocumentStatus.UpToDate => "up-to-date",
        _ => status.ToString().ToLowerInvariant(),
    };

    /// <summary>True for the outcomes a user must act on: failed, missing, stale, extra.</summary>
    public static bool IsProblem(DocumentStatus status) =>
        status is DocumentStatus.Failed or DocumentStatus.Missing or DocumentStatus.Stale or DocumentStatus.Extra;

    /// <summary>The closing summary line with counts and time.</summary>
    public static string Summary(BuildResult result, TimeSpan elapsed)
    {
        var statuses = result.Mode == BuildMode.Check
            ? new[] { DocumentStatus.Unchanged, DocumentStatus.Missing, DocumentStatus.Stale, DocumentStatus.Extra, DocumentStatus.Failed }
            : [DocumentStatus.Built, DocumentStatus.UpToDate, DocumentStatus.Deleted, DocumentStatus.Failed];
        var counts = string.Join(", ", statuses.Select(s => $"{result.Count(s)} {Word(s)}"));
        var profiles = result.FailedProfiles.Count > 0 ? $"; {Wording.Count(result.FailedProfiles.Count, "profile")} not loaded" : string.Empty;
        var manifest = result.Manifest.ToString().ToLowerInvariant();
        var seconds = elapsed.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        return $"{(result.Mode == BuildMode.Check ? "check" : "build")}: {counts}{profiles}; manifest {manifest}; {seconds} s";
    }
}
