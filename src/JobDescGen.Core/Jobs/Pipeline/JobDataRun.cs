using JobDescGen.Diagnostics;
using JobDescGen.Pipeline;
using JobDescGen.Rendering;
using JobDescGen.Resolving;

namespace JobDescGen.Jobs.Pipeline;

/// <summary>A specific job resolved for the commands that look at its data (explain, diff): the job's document data and its generic level's.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Diagnostics">Every problem met.</param>
/// <param name="Labels">The labels of the language, when it got that far.</param>
/// <param name="Generic">The generic level as the profile has it.</param>
/// <param name="Job">The job's own document data.</param>
public sealed record JobDataRun(PipelineStatus Status, IReadOnlyList<Diagnostic> Diagnostics, LanguagePack? Labels = null, LevelDescription? Generic = null, LevelDescription? Job = null);
