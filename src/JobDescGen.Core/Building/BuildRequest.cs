using JobDescGen.Writing;

namespace JobDescGen.Building;

/// <summary>What one <c>build</c> (or <c>build --check</c>) is asked to do.</summary>
/// <param name="ProfilesDirectory">The folder of role profiles.</param>
/// <param name="OutputDirectory">The folder the documents and <c>manifest.json</c> go to.</param>
/// <param name="Writers">One writer per output format, in the order given.</param>
/// <param name="Levels">The level ids to build (case-insensitive), or null for every level a profile has.</param>
/// <param name="Name">The file name pattern.</param>
/// <param name="TemplatesDirectory">The user's templates folder, or null for the built-in templates only.</param>
/// <param name="FallbackDate">The date of documents whose profile gives none.</param>
/// <param name="ToolVersion">The tool's version: an input of every document and a field of the manifest.</param>
/// <param name="Force">Rebuild every document even when its inputs are unchanged.</param>
/// <param name="JobsDirectory">The folder of specific jobs to build beside the profiles (into <c>jobs/</c>), or null for none.</param>
public sealed record BuildRequest(
    string ProfilesDirectory,
    string OutputDirectory,
    IReadOnlyList<IDocumentWriter> Writers,
    IReadOnlyCollection<string>? Levels,
    OutputNamePattern Name,
    string? TemplatesDirectory,
    DateOnly FallbackDate,
    string ToolVersion,
    bool Force = false,
    string? JobsDirectory = null)
{
    /// <summary>True when <paramref name="levelId"/> is among the levels asked for.</summary>
    public bool IncludesLevel(string levelId) =>
        Levels is null || Levels.Contains(levelId, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// True when this run builds the document of <paramref name="entry"/>: its level and format are
    /// asked for; an overview shows every level, so only a build of every level makes it.
    /// </summary>
    public bool Covers(ManifestEntry entry) =>
        (entry.Kind == DocumentKind.Overview ? BuildsOverviews : IncludesLevel(entry.Level)) && IncludesFormat(entry.Format);

    /// <summary>True when the run makes each profile's overview: when it builds every level.</summary>
    public bool BuildsOverviews => Levels is null;

    /// <summary>True when <paramref name="format"/> is among the formats asked for.</summary>
    public bool IncludesFormat(string format) =>
        Writers.Any(w => string.Equals(w.Format, format, StringComparison.OrdinalIgnoreCase));
}
