using JobDescGen.Diagnostics;

namespace JobDescGen.Model;

/// <summary>An id that refers to something else (a term, a result area), with where it is written.</summary>
public sealed record LocatedId(string Id, SourceLocation Location);
