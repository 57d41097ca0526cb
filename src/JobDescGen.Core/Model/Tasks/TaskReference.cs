using JobDescGen.Diagnostics;

namespace JobDescGen.Model.Tasks;

/// <summary>A task named by a level file or a job: a task id, or the task's exact text as the fallback.</summary>
public sealed record TaskReference(string Value, SourceLocation Location);
