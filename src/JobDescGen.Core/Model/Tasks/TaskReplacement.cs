namespace JobDescGen.Model.Tasks;

/// <summary>A task of the profile replaced, in place, by another text.</summary>
public sealed record TaskReplacement(TaskReference Task, LocalizedText Text);
