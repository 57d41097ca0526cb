namespace JobDescGen.Building;

/// <summary>A path in the output folder the build will not touch, the part of it in the way, and why.</summary>
internal sealed record OutputRefusal(string Blocking, OutputRefusalKind Kind, string Message);
