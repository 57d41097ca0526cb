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
}
