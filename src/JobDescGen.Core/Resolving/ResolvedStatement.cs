namespace JobDescGen.Resolving;

/// <summary>An "action ... in order to ... aim" statement in one language; <paramref name="AimElides"/> is the aim's elision override.</summary>
public sealed record ResolvedStatement(string Action, string Aim, bool? AimElides = null);
