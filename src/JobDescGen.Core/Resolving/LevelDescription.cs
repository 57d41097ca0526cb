namespace JobDescGen.Resolving;

/// <summary>
/// Everything one job description needs, for one level and one language, as plain text: the
/// templates read this and never decide anything about levels themselves. For a specific job,
/// <c>Job</c> holds its rubrics and the rest is its generic level with the job's changes.
/// </summary>
public sealed record LevelDescription(
    string ProfileId,
    string Language,
    string Title,
    ResolvedLevel Level,
    string? Organisation,
    string? Version,
    DateOnly Date,
    string? Notice,
    ResolvedStatement Purpose,
    IReadOnlyList<ResolvedResultArea> ResultAreas,
    IReadOnlyList<ResolvedCriterion> Criteria,
    IReadOnlyList<ResolvedDefinition> Definitions,
    JobDescGen.Jobs.Resolving.ResolvedJob? Job = null);
