using JobDescGen.Diagnostics;

namespace JobDescGen.Model;

/// <summary>Tasks a level adds to one result area.</summary>
public sealed record AreaTasks(string AreaId, IReadOnlyList<LocalizedText> Tasks, SourceLocation Location);
