namespace JobDescGen.Diffing;

/// <summary>
/// One item compared between two levels: its id and name, its text at each level (null where the
/// level lacks it), the status, and the word-level diff from the first text to the second.
/// </summary>
public sealed record TextChange(string Id, string Name, string? From, string? To, ChangeStatus Status, IReadOnlyList<WordChange> Words);
