namespace JobDescGen.Terminal.Watching;

/// <summary>A folder to watch, and which of its files count.</summary>
/// <param name="Directory">The folder.</param>
/// <param name="Filter">A file name pattern (<c>*</c> for all).</param>
/// <param name="Recursive">True to include sub-folders.</param>
public sealed record WatchTarget(string Directory, string Filter, bool Recursive)
{
    /// <summary>
    /// The inputs of a preview: the profile folder (profile.yaml and levels/*.yaml), the level
    /// catalogue beside it, and the templates folder with its lang/ files and theme. Folders rather
    /// than files are watched because editors often save by writing a new file and renaming it.
    /// </summary>
    public static IReadOnlyList<WatchTarget> ForPreview(string profileDirectory, string? templatesDirectory)
    {
        var profile = Path.GetFullPath(profileDirectory);
        var targets = new List<WatchTarget> { new(profile, "*", true) };
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(profile));
        if (parent is not null)
        {
            targets.Add(new WatchTarget(parent, "levels.yaml", false));
        }

        if (templatesDirectory is not null && System.IO.Directory.Exists(templatesDirectory))
        {
            targets.Add(new WatchTarget(Path.GetFullPath(templatesDirectory), "*", true));
        }

        return targets;
    }
}
