namespace JobDescGen.Jobs.Resolving;

/// <summary>
/// The rubrics of a specific job in one language, as plain text, beside the generic parts that
/// <see cref="JobDescGen.Resolving.LevelDescription"/> already carries (purpose, result areas, criteria).
/// Empty lists and nulls are rubric parts the job leaves empty.
/// </summary>
public sealed record ResolvedJob(
    string Id,
    string ProfileId,
    string ProfileTitle,
    string? Code,
    string? Entity,
    DateOnly? Created,
    string? OriginalLanguage,
    string? JobFamily,
    string? JobCategory,
    string? PurposeAddition,
    IReadOnlyList<string> NetworkInternal,
    IReadOnlyList<string> NetworkExternal,
    string? Organogram,
    string? ReportsTo,
    int? TeamSize,
    string? Team,
    IReadOnlyList<string> Decides,
    IReadOnlyList<string> Approval,
    string? Budget,
    string? People,
    IReadOnlyList<string> ImpactOther,
    string? Diploma,
    IReadOnlyList<string> Technical,
    IReadOnlyList<string> Certificates,
    string? Experience,
    string? Induction,
    IReadOnlyList<string> Regulations,
    IReadOnlyList<string> Innovations,
    string? Framework,
    IReadOnlyList<ResolvedCompetency> Competencies,
    IReadOnlyList<string> Context);
