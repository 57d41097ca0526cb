using JobDescGen.Diagnostics;
using JobDescGen.Model;
using JobDescGen.Pipeline;
using JobDescGen.Rendering;
using JobDescGen.Resolving;

namespace JobDescGen.Diffing;

/// <summary>The resolved data of several levels of one profile, with the labels of their language.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Diagnostics">Every problem met.</param>
/// <param name="Profile">The profile, when it loaded.</param>
/// <param name="Labels">The language's labels, when they loaded.</param>
/// <param name="Levels">The levels asked for, in catalogue order (empty unless the status is Ok).</param>
public sealed record LevelDataRun(
    PipelineStatus Status,
    IReadOnlyList<Diagnostic> Diagnostics,
    RoleProfile? Profile = null,
    LanguagePack? Labels = null,
    IReadOnlyList<LevelDescription>? Levels = null)
{
    /// <summary>The levels, or none.</summary>
    public IReadOnlyList<LevelDescription> Resolved => Levels ?? [];
}
