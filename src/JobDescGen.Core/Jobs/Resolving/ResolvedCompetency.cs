namespace JobDescGen.Jobs.Resolving;

/// <summary>A generic competency and the level expected of it (null when the job gives none).</summary>
public sealed record ResolvedCompetency(string Name, string? Level);
