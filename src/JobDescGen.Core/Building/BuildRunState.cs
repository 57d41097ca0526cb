using System.Collections.Concurrent;
using JobDescGen.Diagnostics;

using JobDescGen.Loading;

namespace JobDescGen.Building;

/// <summary>What the profiles of one build, built in parallel, share: the tools, the previous manifest, and the bags they fill.</summary>
internal sealed record BuildRunState(
    BuildMode Mode,
    InputHasher Hasher,
    BuildPlanner Planner,
    DocumentBuilder Builder,
    IReadOnlyDictionary<string, ProfileRecord> Records,
    ILookup<string, ManifestEntry> EntriesByProfile,
    string Options,
    ConcurrentBag<Diagnostic> Diagnostics)
{
    public ConcurrentBag<DocumentResult> Results { get; } = [];

    public ConcurrentBag<ProfileRecord> CleanProfiles { get; } = [];

    /// <summary>The level catalogues, read once for all profiles of the run.</summary>
    public LevelCatalogueCache Catalogues { get; } = new();

    public ConcurrentBag<string> FailedProfiles { get; } = [];

    /// <summary>The profiles loaded by this run, by folder: the jobs that extend them take them from here instead of reading them again.</summary>
    public ConcurrentDictionary<string, ProfileLoadResult> LoadedProfiles { get; } = new(StringComparer.Ordinal);
}
