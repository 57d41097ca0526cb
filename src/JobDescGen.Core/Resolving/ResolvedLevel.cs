namespace JobDescGen.Resolving;

/// <summary>The level a document is for: id, display name, rank in the catalogue.</summary>
public sealed record ResolvedLevel(string Id, string Name, int Order);
