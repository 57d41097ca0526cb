namespace JobDescGen.Resolving;

/// <summary>A result area as it appears in one document, with the level's extra tasks already added; <paramref name="RoleElides"/> is the role's elision override.</summary>
public sealed record ResolvedResultArea(string Id, string Role, bool Optional, ResolvedStatement Statement, IReadOnlyList<string> Tasks, bool? RoleElides = null);
