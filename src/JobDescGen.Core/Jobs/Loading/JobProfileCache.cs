using System.Collections.Concurrent;
using JobDescGen.Diagnostics;
using JobDescGen.Loading;
using JobDescGen.Model;

namespace JobDescGen.Jobs.Loading;

/// <summary>
/// The generic profiles jobs extend, found by id in one profiles folder and loaded once per run
/// (also when jobs are loaded in parallel). A build hands in the profiles it has loaded already.
/// </summary>
public sealed class JobProfileCache
{
    private readonly LevelCatalogueCache _catalogues;
    private readonly ConcurrentDictionary<string, Lazy<ProfileLoadResult>> _loaded = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, ProfileLoadResult> _alreadyLoaded;
    private IReadOnlyList<string>? _directories;

    /// <summary>A cache that loads every profile itself.</summary>
    public JobProfileCache(string profilesDirectory)
        : this(profilesDirectory, new LevelCatalogueCache(), new Dictionary<string, ProfileLoadResult>())
    {
    }

    /// <summary>A cache that takes <paramref name="alreadyLoaded"/> (by profile folder, as <see cref="ProfileSetLoader.FindProfileDirectories"/> names it) instead of loading them again.</summary>
    internal JobProfileCache(string profilesDirectory, LevelCatalogueCache catalogues, IReadOnlyDictionary<string, ProfileLoadResult> alreadyLoaded)
    {
        ProfilesDirectory = profilesDirectory;
        _catalogues = catalogues;
        _alreadyLoaded = alreadyLoaded;
    }

    /// <summary>The profiles folder.</summary>
    public string ProfilesDirectory { get; }

    /// <summary>
    /// The profile <paramref name="extends"/> names, or null after reporting (at the reference) that
    /// there is no such profile, or that it has errors (then its own diagnostics follow).
    /// </summary>
    public RoleProfile? Find(LocatedId extends, DiagnosticBag diagnostics)
    {
        _directories ??= ProfileSetLoader.FindProfileDirectories(ProfilesDirectory);
        var directory = _directories.FirstOrDefault(d => Path.GetFileName(d) == extends.Id);
        if (directory is null)
        {
            diagnostics.Error(
                extends.Location,
                $"unknown profile '{extends.Id}'",
                Hints.DidYouMean(extends.Id, [.. _directories.Select(d => Path.GetFileName(d)!)], $"a job extends a profile of '{ProfilesDirectory}'; its profiles are"),
                "extends");
            return null;
        }

        var loaded = _alreadyLoaded.TryGetValue(directory, out var earlier)
            ? earlier
            : _loaded.GetOrAdd(directory, d => new Lazy<ProfileLoadResult>(() => ProfileSetLoader.Load(d, _catalogues))).Value;
        if (loaded.Succeeded)
        {
            return loaded.Profile;
        }

        diagnostics.Error(extends.Location, $"the generic profile '{extends.Id}' has errors", $"fix them first ('jobdescgen validate {directory}')", "extends");
        diagnostics.AddRange(loaded.Diagnostics);
        return null;
    }
}
