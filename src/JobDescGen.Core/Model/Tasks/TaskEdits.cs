using JobDescGen.Diagnostics;

namespace JobDescGen.Model.Tasks;

/// <summary>What a level file or a job changes in one result area's task list.</summary>
/// <param name="AreaId">The result area.</param>
/// <param name="Omit">Tasks dropped.</param>
/// <param name="Replace">Tasks replaced in place.</param>
/// <param name="Add">Tasks added, in the order written.</param>
/// <param name="Location">Where the area id is written.</param>
public sealed record TaskEdits(
    string AreaId,
    IReadOnlyList<TaskReference> Omit,
    IReadOnlyList<TaskReplacement> Replace,
    IReadOnlyList<TaskAddition> Add,
    SourceLocation Location);
