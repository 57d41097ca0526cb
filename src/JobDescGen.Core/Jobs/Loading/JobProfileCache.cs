using System.Collections.Concurrent;
using JobDescGen.Diagnostics;
using JobDescGen.Loading;
using JobDescGen.Model;

namespace JobDescGen.Jobs.Loading;

/// <summary>The generic profiles jobs extend, found by id in one profiles folder and loaded once per run.</summary>
public sealed class JobProfileCache(string profilesDirectory)
{
    private readonly LevelCatalogueCache _catalogues = new();
    private readonly ConcurrentDictionary<string, ProfileLoadResult> _loaded = new(StringComparer.Ordinal);
    private IReadOnlyList<string>? _directories;

    /// <summary>The profiles folder.</summary>
    public string ProfilesDirectory { get; } = profilesDirectory;

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

        var loaded = _loaded.GetOrAdd(directory, d => ProfileSetLoader.Load(d, _catalogues));
        if (loaded.Succeeded)
        {
            return loaded.Profile;
        }

        diagnostics.Error(extends.Location, $"the generic profile '{extends.Id}' has errors", $"fix them first ('jobdescgen validate {directory}')", "extends");
        diagnostics.AddRange(loaded.Diagnostics);
        return null;
    }
}
