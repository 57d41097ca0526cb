using JobDescGen.Model;
using JobDescGen.Model.Tasks;

namespace JobDescGen.Jobs.Model;

/// <summary>Rubric 3, what the job changes in the generic result areas.</summary>
/// <param name="Optional">The optional areas the job keeps; null keeps every optional area of the level.</param>
/// <param name="Tasks">Tasks added, omitted or replaced, per area.</param>
public sealed record JobAreaChoices(IReadOnlyList<LocatedId>? Optional, IReadOnlyList<TaskEdits> Tasks);
