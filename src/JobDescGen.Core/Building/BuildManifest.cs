namespace JobDescGen.Building;

/// <summary>The contents of <c>manifest.json</c>: the tool version and one entry per file, sorted by path.</summary>
public sealed record BuildManifest
{
    /// <summary>Creates a manifest; entries and profiles are sorted (ordinal) so equal content gives equal bytes.</summary>
    public BuildManifest(string toolVersion, IEnumerable<ManifestEntry> entries, IEnumerable<ProfileRecord>? profiles = null)
    {
        ToolVersion = toolVersion;
        Entries = [.. entries.OrderBy(e => e.Path, StringComparer.Ordinal)];
        Profiles = [.. (profiles ?? []).OrderBy(p => p.Directory, StringComparer.Ordinal)];
    }

    /// <summary>The version of the tool that wrote the files.</summary>
    public string ToolVersion { get; }

    /// <summary>The files, sorted by path.</summary>
    public IReadOnlyList<ManifestEntry> Entries { get; }

    /// <summary>The profiles that built cleanly, sorted by folder.</summary>
    public IReadOnlyList<ProfileRecord> Profiles { get; }


    /// <summary>The entries by path, for many look-ups.</summary>
    public IReadOnlyDictionary<string, ManifestEntry> ByPath() => Entries.ToDictionary(e => e.Path, StringComparer.Ordinal);
}
