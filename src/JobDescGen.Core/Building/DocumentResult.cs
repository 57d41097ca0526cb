namespace JobDescGen.Building;

/// <summary>The outcome for one file. Profile, level, language and format are null for a file no document owns (an extra file).</summary>
/// <param name="Path">The path inside the output folder, with '/' separators.</param>
/// <param name="Status">What happened.</param>
/// <param name="Profile">The profile id.</param>
/// <param name="Level">The level id.</param>
/// <param name="Language">The language.</param>
/// <param name="Format">The format.</param>
/// <param name="Entry">The file's manifest entry as built (null when it failed or is not the build's).</param>
/// <param name="Kind">A level's job description or the profile's overview; null for an extra file.</param>
public sealed record DocumentResult(
    string Path,
    DocumentStatus Status,
    string? Profile,
    string? Level,
    string? Language,
    string? Format,
    ManifestEntry? Entry,
    DocumentKind? Kind = DocumentKind.Level)
{
    /// <summary>A result for a file a manifest entry describes.</summary>
    public static DocumentResult For(ManifestEntry entry, DocumentStatus status) =>
        new(entry.Path, status, entry.Profile, entry.Level, entry.Language, entry.Format, entry, entry.Kind);

    /// <summary>The failed result of a file a manifest entry describes (no entry: nothing was produced).</summary>
    public static DocumentResult FailedFor(ManifestEntry entry) =>
        new(entry.Path, DocumentStatus.Failed, entry.Profile, entry.Level, entry.Language, entry.Format, null, entry.Kind);

    /// <summary>A file of the output folder no document owns (extra, or a leftover temporary file).</summary>
    public static DocumentResult Unowned(string path, DocumentStatus status) => new(path, status, null, null, null, null, null, null);
}
