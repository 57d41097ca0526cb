using JobDescGen.Diagnostics;
using JobDescGen.Loading.Files;
using JobDescGen.Model;

namespace JobDescGen.Loading;

/// <summary>
/// Finds profile folders under a path and loads each on its own, so a broken profile never stops
/// the others from loading.
/// </summary>
public static class ProfileSetLoader
{
    /// <summary>
    /// The profile folders at <paramref name="path"/>: the folder itself when it holds a profile.yaml,
    /// else its sub-folders that do, sorted by name. A path to a profile.yaml or level file names its folder.
    /// </summary>
    public static IReadOnlyList<string> FindProfileDirectories(string path)
    {
        if (File.Exists(path))
        {
            // Only a YAML file names a profile: a stray file called 'profiles' is no profile at all.
            if (!Files.YamlFiles.IsYaml(path))
            {
                return [];
            }

            var folder = Parent(path);
            // A level file (profile/levels/A1.yaml) belongs to the profile one folder up.
            if (!File.Exists(Path.Combine(folder, ProfileLoader.ProfileFileName)) && Path.GetFileName(Path.GetFullPath(folder)) == ProfileLoader.LevelsFolderName)
            {
                folder = Parent(folder);
            }

            return [folder];
        }

        if (!Directory.Exists(path))
        {
            return [];
        }

        if (LooksLikeProfile(path))
        {
            return [path];
        }

        return [.. Directory.GetDirectories(path).Where(LooksLikeProfile).Order(StringComparer.Ordinal)];
    }

    // "profile.yaml" run inside the profile folder has the parent "", which no file API takes.
    private static string Parent(string path)
    {
        var parent = Path.GetDirectoryName(path);
        return string.IsNullOrEmpty(parent) ? (path == "." ? ".." : ".")
            : parent;
    }

    // A folder with a misnamed profile file (profile.yml) or only a levels folder is still a profile,
    // so that loading it reports what is missing instead of skipping it and letting CI pass.
    // An unreadable folder, or one whose profile file is named Profile.yaml, is loaded too, so that
    // loading it says what to do.
    private static bool LooksLikeProfile(string directory) =>
        File.Exists(Path.Combine(directory, ProfileLoader.ProfileFileName))
        || Directory.Exists(Path.Combine(directory, ProfileLoader.LevelsFolderName))
        || FolderEntries.Unreadable(directory) is not null
        || FolderEntries.MisnamedFiles(directory, "profile.*").Count > 0;

    /// <summary>Loads every profile found at <paramref name="path"/>.</summary>
    public static IReadOnlyList<ProfileLoadResult> LoadAll(string path)
    {
        var catalogues = new LevelCatalogueCache();
        return [.. FindProfileDirectories(path).Select(directory => Load(directory, catalogues))];
    }

    /// <summary>
    /// Loads the profile in one folder, with the level catalogue that applies to it; pass
    /// <paramref name="catalogues"/> to share catalogues across the profiles of one run.
    /// </summary>
    public static ProfileLoadResult Load(string directory, LevelCatalogueCache? catalogues = null)
    {
        var diagnostics = new DiagnosticBag();
        var cataloguePath = CatalogueOf(directory);
        if (cataloguePath is null)
        {
            diagnostics.Error(
                SourceLocation.FileOnly(directory),
                $"no level catalogue: neither {Path.Combine(directory, LevelCatalogueLoader.FileName)} nor {Path.Combine(SharedFolder(directory), LevelCatalogueLoader.FileName)} exists",
                "create levels.yaml in the profiles folder (jobdescgen init writes one)");
            return new ProfileLoadResult(directory, null, diagnostics);
        }

        var catalogue = (catalogues ?? new LevelCatalogueCache()).Get(cataloguePath);
        diagnostics.AddRange(catalogue.Diagnostics);
        var profile = ProfileLoader.Load(directory, catalogue.Catalogue, diagnostics);
        return new ProfileLoadResult(directory, diagnostics.HasErrors ? null : profile, RootCausesFirst(diagnostics, cataloguePath, directory));
    }

    // The files in the order they depend on each other: the level catalogue, then profile.yaml, then
    // the level files, so that a root cause (a syntax error in profile.yaml) is read first.
    private static IReadOnlyList<Diagnostic> RootCausesFirst(DiagnosticBag diagnostics, string cataloguePath, string directory)
    {
        var profileFile = Path.Combine(directory, ProfileLoader.ProfileFileName);
        return [.. diagnostics.Sorted().OrderBy(d => d.Location.File == cataloguePath ? 0 : d.Location.File == profileFile ? 1 : 2)];
    }

    // The profiles folder above a profile folder, as the user would write it: "." inside a profile
    // folder ("validate .") gives "..", not "." again.
    private static string SharedFolder(string directory)
    {
        var given = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(directory));
        if (!string.IsNullOrEmpty(given) && Path.GetFileName(Path.TrimEndingDirectorySeparator(directory)) is not ("." or ".."))
        {
            return given;
        }

        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
        return parent is null ? "." : Path.GetRelativePath(Environment.CurrentDirectory, parent);
    }

    /// <summary>The level catalogue that applies to the profile in <paramref name="directory"/>, or null when there is none.</summary>
    internal static string? CatalogueOf(string directory)
    {
        // A profile may carry its own catalogue; otherwise the one shared by the profiles folder applies.
        var own = Path.Combine(directory, LevelCatalogueLoader.FileName);
        if (File.Exists(own))
        {
            return own;
        }

        var shared = Path.Combine(SharedFolder(directory), LevelCatalogueLoader.FileName);
        return File.Exists(shared) ? shared : null;
    }
}
