using JobDescGen.Diagnostics;

namespace JobDescGen.Building;

/// <summary>The outcome of a build or a check: every file's status, the manifest's, and every diagnostic.</summary>
/// <param name="Mode">Build or check.</param>
/// <param name="ToolVersion">The tool version recorded in the manifest.</param>
/// <param name="Files">Every file's outcome, sorted by path.</param>
/// <param name="Manifest">What happened to the manifest.</param>
/// <param name="Diagnostics">Every distinct diagnostic, in reading order.</param>
/// <param name="FailedProfiles">The folders of profiles that could not be loaded.</param>
public sealed record BuildResult(
    BuildMode Mode,
    string ToolVersion,
    IReadOnlyList<DocumentResult> Files,
    ManifestStatus Manifest,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<string> FailedProfiles)
{
    /// <summary>True when everything was built (or, checking, everything matched) and no error was reported.</summary>
    public bool Succeeded =>
        FailedProfiles.Count == 0
        && !Diagnostics.HasErrors()
        && Files.All(f => f.Status is DocumentStatus.Built or DocumentStatus.UpToDate or DocumentStatus.Unchanged or DocumentStatus.Deleted)
        && Manifest is ManifestStatus.Written or ManifestStatus.Unchanged;

    /// <summary>How many files have <paramref name="status"/>.</summary>
    public int Count(DocumentStatus status) => Files.Count(f => f.Status == status);
}
