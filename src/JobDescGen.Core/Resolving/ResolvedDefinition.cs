namespace JobDescGen.Resolving;

/// <summary>A defined term that the document's level references.</summary>
public sealed record ResolvedDefinition(string Id, string Term, string Text);
