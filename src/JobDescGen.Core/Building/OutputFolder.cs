using System.Text.RegularExpressions;
using JobDescGen.Writing;

namespace JobDescGen.Building;

/// <summary>The output folder as the build sees it: files to compare, write, delete or report as extra.</summary>
internal sealed partial class OutputFolder(string directory)
{
    /// <summary>
    /// Deletes the temporary files a killed build left behind (<see cref="AtomicFileWriter"/>'s
    /// <c>.NAME.GUID.tmp</c>); returns their relative paths.
    /// </summary>
    public IReadOnlyList<string> DeleteLeftoverTemporaries()
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var leftovers = Directory.EnumerateFiles(directory, ".*.tmp", SearchOption.AllDirectories)
            .Where(f => TemporaryName().IsMatch(Path.GetFileName(f)))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var file in leftovers)
        {
            File.Delete(file);
        }

        return [.. leftovers.Select(f => Relative(directory, f))];
    }

    /// <summary>Check mode: how the file on disk compares with <paramref name="expected"/>.</summary>
    public ManifestStatus Compare(string relativePath, byte[] expected)
    {
        var path = Path.Combine(directory, relativePath);
        if (!File.Exists(path))
        {
            return ManifestStatus.Missing;
        }

        return File.ReadAllBytes(path).AsSpan().SequenceEqual(expected) ? ManifestStatus.Unchanged : ManifestStatus.Stale;
    }

    /// <summary>Writes <paramref name="bytes"/> atomically unless the file already holds them.</summary>
    public ManifestStatus WriteIfChanged(string relativePath, byte[] bytes)
    {
        if (Compare(relativePath, bytes) == ManifestStatus.Unchanged)
        {
            return ManifestStatus.Unchanged;
        }

        AtomicFileWriter.Write(Path.Combine(directory, relativePath), bytes);
        return ManifestStatus.Written;
    }

    /// <summary>The files in the folder (any depth, '/' separators) that neither the manifest nor the manifest file itself account for.</summary>
    public IEnumerable<string> ExtraFiles(BuildManifest manifest)
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var expected = manifest.Entries.Select(e => e.Path).Append(BuildPlanner.ManifestFileName).ToHashSet(StringComparer.Ordinal);
        return Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => Relative(directory, f))
            .Where(f => !expected.Contains(f))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Deletes the files of <paramref name="entries"/> that exist; returns the entries deleted.</summary>
    public IEnumerable<ManifestEntry> Delete(IEnumerable<ManifestEntry> entries)
    {
        var deleted = new List<ManifestEntry>();
        foreach (var entry in entries)
        {
            // A manifest is a file anyone can edit: never follow one of its paths out of the folder.
            var path = Path.Combine(directory, entry.Path);
            if (FileNameSanitizer.IsInside(directory, entry.Path) && File.Exists(path))
            {
                File.Delete(path);
                deleted.Add(entry);
            }
        }

        return deleted;
    }

    /// <summary>The path of <paramref name="file"/> inside <paramref name="root"/>, with '/' separators on every system.</summary>
    public static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');

    [GeneratedRegex(@"^\..+\.[0-9a-f]{32}\.tmp$")]
    private static partial Regex TemporaryName();
}
