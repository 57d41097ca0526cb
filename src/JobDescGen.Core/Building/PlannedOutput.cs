using JobDescGen.Writing;

namespace JobDescGen.Building;

/// <summary>One file a build produces: a document in one format, where it goes, and the hash of its inputs.</summary>
/// <param name="Writer">The format's writer.</param>
/// <param name="RelativePath">The path inside the output folder, with '/' separators.</param>
/// <param name="InputHash">SHA-256 (hex) over every input of the file; equal hashes mean equal bytes.</param>
public sealed record PlannedOutput(IDocumentWriter Writer, string RelativePath, string InputHash);
