using JobDescGen.Diagnostics;

namespace JobDescGen.Model.Tasks;

/// <summary>An example task of a result area, with an optional id that level files and jobs use to place, omit or replace it.</summary>
/// <param name="Id">The task's id, or null for a task written as plain text (then it is matched by its exact text).</param>
/// <param name="Text">The task.</param>
/// <param name="Location">Where the task is written.</param>
public sealed record ProfileTask(string? Id, LocalizedText Text, SourceLocation Location)
{
    /// <summary>True when <paramref name="reference"/> names this task: its id, else its exact text in any language.</summary>
    public bool IsNamedBy(string reference) =>
        Id == reference || Text.Values.Values.Any(text => string.Equals(text, reference, StringComparison.Ordinal));
}
