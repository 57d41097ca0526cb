namespace JobDescGen.Terminal.Watching;

/// <summary>A folder to watch, and which of its files count.</summary>
/// <param name="Directory">The folder.</param>
/// <param name="Filter">A file name pattern (<c>*</c> for all).</param>
/// <param name="Recursive">True to include sub-folders.</param>
public sealed record WatchTarget(string Directory, string Filter, bool Recursive)
{
    // Profiles, level files, label files and the theme are YAML; templates are Scriban.
    private static readonly string[] InputExtensions = [".yaml", ".yml", ".sbn"];

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

    /// <summary>
    /// The inputs of a specific job's preview: the job's own file (in the jobs folder or anywhere
    /// else it was named by path), every profile under the profiles folder with the level catalogue
    /// (the job may name any profile as the one it extends, and may be edited to name another), and
    /// the templates folder.
    /// </summary>
    public static IReadOnlyList<WatchTarget> ForJob(string profilesDirectory, string jobFile, string? templatesDirectory)
    {
        var job = Path.GetFullPath(jobFile);
        var targets = new List<WatchTarget>
        {
            // Its folder with the file's name as filter: an editor's save-by-rename is seen, other jobs' edits are not.
            new(Path.GetDirectoryName(job)!, Path.GetFileName(job), false),
            new(Path.GetFullPath(profilesDirectory), "*", true),
        };
        if (templatesDirectory is not null && System.IO.Directory.Exists(templatesDirectory))
        {
            targets.Add(new WatchTarget(Path.GetFullPath(templatesDirectory), "*", true));
        }

        return targets;
    }

    /// <summary>
    /// True when a change of <paramref name="path"/> can change the preview: a YAML or Scriban
    /// file, but not an editor's by-product in the same folder (vim's <c>.A1.yaml.swp</c> and its
    /// <c>4913</c> probe, backups ending in <c>~</c>, hidden files) nor notes beside the inputs.
    /// </summary>
    public static bool IsInput(string path)
    {
        var name = Path.GetFileName(path);
        return name.Length > 0
            && !name.StartsWith('.')
            && !name.EndsWith('~')
            && InputExtensions.Any(extension => name.EndsWith(extension, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"watching profiles/x, profiles/levels.yaml, templates": the targets relative to <paramref name="baseDirectory"/>, for the status line.</summary>
    public static string Describe(IEnumerable<WatchTarget> targets, string baseDirectory) =>
        "watching " + string.Join(", ", targets.Select(t => Path.GetRelativePath(baseDirectory, Path.Combine(t.Directory, t.Filter == "*" ? "" : t.Filter))));
}
