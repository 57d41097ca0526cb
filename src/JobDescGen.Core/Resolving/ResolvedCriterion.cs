namespace JobDescGen.Resolving;

/// <summary>A criterion with the text of the document's level and the ids of the terms that text references.</summary>
public sealed record ResolvedCriterion(string Id, string Name, string Text, IReadOnlyList<string> References);
