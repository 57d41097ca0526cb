namespace JobDescGen.Jobs.Loading;

/// <summary>Where job files live: one <c>&lt;id&gt;.yaml</c> per job in a <c>jobs</c> folder beside the profiles folder.</summary>
public static class JobFiles
{
    /// <summary>The name of the jobs folder.</summary>
    public const string FolderName = "jobs";

    /// <summary>
    /// The jobs folder that goes with <paramref name="profilesDirectory"/>: <c>jobs</c> beside it, in
    /// its parent folder. The root is its own parent (as <c>/..</c> is <c>/</c>): <c>-p /</c> goes with
    /// <c>/jobs</c>, never with a <c>jobs</c> folder that happens to be in the working directory.
    /// </summary>
    public static string BesideProfiles(string profilesDirectory)
    {
        var full = Path.TrimEndingDirectorySeparator(profilesDirectory);
        if (Path.GetPathRoot(Path.GetFullPath(full)) is { Length: > 0 } root && Path.GetFullPath(full) == root)
        {
            return Path.Combine(root, FolderName);
        }

        var parent = Path.GetDirectoryName(full);
        if (Path.GetFileName(full) is "." or ".." || parent is null)
        {
            parent = Path.GetRelativePath(Environment.CurrentDirectory, Path.GetDirectoryName(Path.GetFullPath(full))!);
        }

        return parent.Length == 0 || parent == "." ? FolderName : Path.Combine(parent, FolderName);
    }

    /// <summary>The job files in <paramref name="directory"/>, sorted by name; none when the folder does not exist.</summary>
    public static IReadOnlyList<string> Find(string directory) =>
        Directory.Exists(directory)
            ? [.. Directory.EnumerateFiles(directory).Where(IsJobFile).Order(StringComparer.Ordinal)]
            : [];

    /// <summary>The job file of <paramref name="id"/> in <paramref name="directory"/>, or null.</summary>
    public static string? Of(string directory, string id) =>
        Find(directory).FirstOrDefault(f => string.Equals(IdOf(f), id, StringComparison.Ordinal));

    /// <summary>A job's id: its file name without extension.</summary>
    public static string IdOf(string file) => Path.GetFileNameWithoutExtension(file);

    /// <summary>True for a file named *.yaml or *.yml (any case).</summary>
    public static bool IsJobFile(string file) => JobDescGen.Loading.Files.YamlFiles.IsYaml(file);
}
