using JobDescGen.Writing;

namespace JobDescGen.Building;

/// <summary>The output folder as the build sees it: files to compare, write, delete or report as extra.</summary>
internal sealed class OutputFolder(string directory)
{
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
            .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'))
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
}
