using JobDescGen.Diagnostics;

namespace JobDescGen.Building;

/// <summary>Everything a build will make, and every problem found while planning it.</summary>
/// <param name="Documents">The documents to render, in profile, level, language order.</param>
/// <param name="Diagnostics">Every diagnostic of every profile, and planning errors (clashing file names).</param>
/// <param name="FailedProfiles">The folders of profiles that could not be loaded.</param>
public sealed record BuildPlan(IReadOnlyList<PlannedDocument> Documents, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> FailedProfiles)
{
    /// <summary>The number of files the plan makes.</summary>
    public int OutputCount => Documents.Sum(d => d.Outputs.Count);

    /// <summary>True when planning found errors (a broken profile, clashing names).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
