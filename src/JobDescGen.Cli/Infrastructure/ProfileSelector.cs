using JobDescGen.Loading;
using JobDescGen.Model;

namespace JobDescGen.Cli.Infrastructure;

/// <summary>Picks the profile a command works on from the PROFILE argument (an id or a path) and <c>--profiles</c>.</summary>
public static class ProfileSelector
{
    /// <summary>
    /// The load result of the chosen profile. Without <paramref name="profileArgument"/> the profiles
    /// folder must hold exactly one profile.
    /// </summary>
    public static ProfileLoadResult Select(string? profileArgument, string profilesDirectory)
    {
        if (profileArgument is not null && (Directory.Exists(profileArgument) || File.Exists(profileArgument)))
        {
            var found = ProfileSetLoader.FindProfileDirectories(profileArgument);
            if (found.Count != 1)
            {
                throw new UsageException($"'{profileArgument}' holds {found.Count} profiles, expected one", "give the folder of one profile (the one with profile.yaml)");
            }

            return ProfileSetLoader.Load(found[0]);
        }

        CommonOptions.RequireProfilesFolder(profilesDirectory);

        var directories = ProfileSetLoader.FindProfileDirectories(profilesDirectory);
        if (profileArgument is null)
        {
            return directories.Count switch
            {
                1 => ProfileSetLoader.Load(directories[0]),
                0 => throw new UsageException($"no profiles in '{profilesDirectory}'", "a profile is a folder with profile.yaml and levels/*.yaml; 'jobdescgen init' writes an example"),
                _ => throw new UsageException(
                    $"'{profilesDirectory}' holds {directories.Count} profiles; say which one",
                    $"add one of: {string.Join(", ", directories.Select(Path.GetFileName))}"),
            };
        }

        var match = directories.FirstOrDefault(d => string.Equals(Path.GetFileName(d), profileArgument, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            throw new UsageException(
                $"no profile '{profileArgument}' in '{profilesDirectory}'",
                Hints.DidYouMean(profileArgument, directories.Select(d => Path.GetFileName(d)!), "profiles there"));
        }

        return ProfileSetLoader.Load(match);
    }

    /// <summary>The profile's variant for <paramref name="level"/>, or a usage error naming the levels it has.</summary>
    public static LevelVariant RequireLevel(RoleProfile profile, string level)
    {
        var variant = profile.FindLevel(level);
        if (variant is not null)
        {
            return variant;
        }

        var available = string.Join(", ", profile.Levels.Select(l => l.LevelId));
        var known = profile.Catalogue.Find(level) is not null;
        throw new UsageException(
            known ? $"profile '{profile.Id}' has no level {level}" : $"unknown level '{level}'",
            $"levels of '{profile.Id}': {available}");
    }

    /// <summary>The language to write in, checked against the profile's languages.</summary>
    public static string? RequireLanguage(RoleProfile profile, string? language)
    {
        if (language is null || profile.Languages.Contains(language))
        {
            return language;
        }

        throw new UsageException($"profile '{profile.Id}' is not written in '{language}'", $"its languages: {string.Join(", ", profile.Languages)}");
    }
}
