namespace JobDescGen.Diffing;

/// <summary>A run of text (words and the spaces and punctuation between them) that is equal, deleted or inserted.</summary>
public sealed record WordChange(WordChangeKind Kind, string Text);
