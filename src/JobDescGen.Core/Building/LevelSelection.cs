using JobDescGen.Loading;

namespace JobDescGen.Building;

/// <summary>
/// The levels a build's <c>--levels</c> names, checked against the level catalogues of the profiles
/// before anything is built or written: "--levels A1,Z" is a typo to fix, not "A1 built, then an
/// error" (the command line is wrong, as "generate --level Z" is).
/// </summary>
public static class LevelSelection
{
    /// <summary>
    /// The levels of <paramref name="levels"/> that no catalogue of the profiles under
    /// <paramref name="profilesDirectory"/> knows, in the order given, and the ids the catalogues
    /// do know. None when no catalogue can be read: the build reports that itself.
    /// </summary>
    public static (IReadOnlyList<string> Unknown, IReadOnlyList<string> Known) Check(string profilesDirectory, IReadOnlyCollection<string> levels)
    {
        var catalogues = new LevelCatalogueCache();
        var known = ProfileSetLoader.FindProfileDirectories(profilesDirectory)
            .Select(ProfileSetLoader.CatalogueOf)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Select(path => catalogues.Get(path))
            .Where(read => read.Diagnostics.Count == 0)
            .SelectMany(read => read.Catalogue.Levels.Select(l => l.Id))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (known.Count == 0)
        {
            return ([], known);
        }

        return ([.. levels.Where(l => !known.Contains(l, StringComparer.OrdinalIgnoreCase))], known);
    }

    /// <summary>
    /// The levels of <paramref name="levels"/> (all known to the catalogues) that no profile under
    /// <paramref name="profilesDirectory"/> has a level file for, and the levels the profiles do have,
    /// in catalogue order. "--levels A3" where the catalogue has A3 but no profile does would build
    /// nothing for it, and say nothing. Level files are found by name (A3.yaml), as the loader asks
    /// them to be named; when a file's name is no level of the catalogue, or a levels folder cannot be
    /// read, nothing is concluded (none is returned) and the build reports what it finds.
    /// </summary>
    public static (IReadOnlyList<string> Missing, IReadOnlyList<string> Present) NotInAnyProfile(string profilesDirectory, IReadOnlyCollection<string> levels, IReadOnlyList<string> known)
    {
        var present = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var directory in ProfileSetLoader.FindProfileDirectories(profilesDirectory))
        {
            var folder = Path.Combine(directory, ProfileLoader.LevelsFolderName);
            if (Loading.Files.FolderEntries.Unreadable(directory) is not null)
            {
                return ([], []);
            }

            try
            {
                foreach (var stem in Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Where(Loading.Files.YamlFiles.IsYaml).Select(Path.GetFileNameWithoutExtension) : [])
                {
                    if (!known.Contains(stem!, StringComparer.OrdinalIgnoreCase))
                    {
                        return ([], []);
                    }

                    present.Add(stem!);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return ([], []);
            }
        }

        return ([.. levels.Where(l => !present.Contains(l))], [.. known.Where(present.Contains)]);
    }
}
