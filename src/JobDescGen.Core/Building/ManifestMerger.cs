namespace JobDescGen.Building;

/// <summary>
/// Makes the new manifest from the files this build made and the previous manifest. Entries the
/// build did not cover (other levels or formats than asked for), and every old entry when something
/// failed, are kept as they were, so a partial or failed build never forgets or deletes a file.
/// </summary>
public static class ManifestMerger
{
    /// <summary>The new manifest (with the records of the profiles that built cleanly), and the old entries whose files no longer belong (to delete, or report as extra).</summary>
    public static (BuildManifest Manifest, IReadOnlyList<ManifestEntry> Obsolete) Merge(
        BuildManifest? previous,
        IReadOnlyCollection<ManifestEntry> produced,
        IReadOnlyCollection<ProfileRecord> profiles,
        BuildRequest request,
        bool anythingFailed)
    {
        var paths = produced.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        var kept = new List<ManifestEntry>();
        var obsolete = new List<ManifestEntry>();
        foreach (var entry in previous?.Entries ?? [])
        {
            if (paths.Contains(entry.Path))
            {
                continue;
            }

            var covered = request.Covers(entry);
            (anythingFailed || !covered ? kept : obsolete).Add(entry);
        }

        // A partial build (some levels or formats) vouches for nothing new: its records would describe
        // its own options, and a later full build or --check would take the manifest for stale.
        // After a failure the profiles that built cleanly are vouched for, and the others keep their
        // previous records (their files are kept too): once the cause is fixed, the folder and its
        // manifest are what a build makes. A kept record whose sources changed is never trusted.
        var partial = request.Levels is not null || (previous?.Entries.Any(e => !request.IncludesFormat(e.Format)) ?? false);
        IReadOnlyCollection<ProfileRecord> records = partial ? previous?.Profiles ?? []
            : anythingFailed ? [.. profiles, .. (previous?.Profiles ?? []).Where(old => profiles.All(p => p.Directory != old.Directory))]
            : profiles;
        return (new BuildManifest(request.ToolVersion, produced.Concat(kept), records), obsolete);
    }
}
