namespace JobDescGen.Building;

/// <summary>One file of the output folder as the manifest records it.</summary>
/// <param name="Path">The path inside the output folder, with '/' separators.</param>
/// <param name="Profile">The profile id.</param>
/// <param name="Level">The level id; for an overview, <see cref="OutputNamePattern.OverviewLevel"/>.</param>
/// <param name="Language">The document language.</param>
/// <param name="Format">The format (<c>md</c>, <c>pdf</c>).</param>
/// <param name="Size">The file's size in bytes.</param>
/// <param name="Sha256">The SHA-256 of the file, lower-case hex.</param>
/// <param name="Inputs">The hash of the file's inputs when it was built; an unchanged hash means it need not be rebuilt.</param>
/// <param name="Kind">A level's job description, or the profile's overview.</param>
public sealed record ManifestEntry(string Path, string Profile, string Level, string Language, string Format, long Size, string Sha256, string Inputs, DocumentKind Kind = DocumentKind.Level);
