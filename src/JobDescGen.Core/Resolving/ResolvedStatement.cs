namespace JobDescGen.Resolving;

/// <summary>An "action ... in order to ... aim" statement in one language.</summary>
public sealed record ResolvedStatement(string Action, string Aim);
