using System.Text.RegularExpressions;
using JobDescGen.Writing;

namespace JobDescGen.Building;

/// <summary>
/// The output folder as the build sees it: files to compare, write, delete or report as extra.
/// Nothing here follows a link inside the folder (see <see cref="OutputPathGuard"/>), and only a
/// file whose bytes still match what the build recorded is ever deleted.
/// </summary>
internal sealed partial class OutputFolder(string directory)
{
    /// <summary>
    /// Deletes the temporary files a killed build left behind (<see cref="AtomicFileWriter"/>'s
    /// <c>.NAME.GUID.tmp</c>); returns their relative paths.
    /// </summary>
    public IReadOnlyList<string> DeleteLeftoverTemporaries()
    {
        var leftovers = Walk()
            .Where(f => TemporaryName().IsMatch(Path.GetFileName(f)) && OutputPathGuard.Check(directory, f) is null)
            .ToList();
        foreach (var file in leftovers)
        {
            TryDelete(Path.Combine(directory, file));
        }

        return leftovers;
    }

    /// <summary>Check mode: how the file on disk compares with <paramref name="expected"/>.</summary>
    public ManifestStatus Compare(string relativePath, byte[] expected)
    {
        if (OutputPathGuard.Check(directory, relativePath) is not null)
        {
            return ManifestStatus.Stale;
        }

        var path = Path.Combine(directory, relativePath);
        if (!File.Exists(path))
        {
            return ManifestStatus.Missing;
        }

        return HoldsBytes(path, expected) ? ManifestStatus.Unchanged : ManifestStatus.Stale;
    }

    /// <summary>Writes <paramref name="bytes"/> atomically unless the file already holds them.</summary>
    public ManifestStatus WriteIfChanged(string relativePath, byte[] bytes)
    {
        if (Compare(relativePath, bytes) == ManifestStatus.Unchanged)
        {
            return ManifestStatus.Unchanged;
        }

        if (OutputPathGuard.Check(directory, relativePath) is { } refusal)
        {
            throw new FileWriteException(Path.Combine(directory, relativePath), refusal.Message);
        }

        AtomicFileWriter.Write(Path.Combine(directory, relativePath), bytes);
        return ManifestStatus.Written;
    }

    /// <summary>The files in the folder (any depth, '/' separators) that neither the manifest nor the manifest file itself account for.</summary>
    public IEnumerable<string> ExtraFiles(BuildManifest manifest)
    {
        var expected = manifest.Entries.Select(e => e.Path).Append(BuildPlanner.ManifestFileName).ToHashSet(StringComparer.Ordinal);
        return Walk().Where(f => !expected.Contains(f)).ToList();
    }

    /// <summary>
    /// Deletes the files of <paramref name="entries"/> that still hold the bytes the build recorded
    /// for them; returns the entries deleted. A file someone changed, or put there under a name the
    /// manifest lists, is the user's and stays.
    /// </summary>
    public IEnumerable<ManifestEntry> Delete(IEnumerable<ManifestEntry> entries) =>
        [.. entries.Where(DeleteIfOurs)];

    /// <summary>Deletes the file of <paramref name="entry"/> if it is still the one the build made; true when deleted.</summary>
    public bool DeleteIfOurs(ManifestEntry entry)
    {
        // A manifest is a file anyone can edit: never follow one of its paths out of the folder.
        if (OutputPathGuard.Check(directory, entry.Path) is not null)
        {
            return false;
        }

        var path = Path.Combine(directory, entry.Path);
        return File.Exists(path) && Matches(path, entry) && TryDelete(path);
    }

    /// <summary>True when <paramref name="path"/> has the size and SHA-256 <paramref name="entry"/> records.</summary>
    public static bool Matches(string path, ManifestEntry entry)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length != entry.Size)
            {
                return false;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream)) == entry.Sha256;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Deletes <paramref name="folder"/> and the empty folders in it, if nothing else is in it; true when it is gone.</summary>
    public static bool DeleteEmptyFolders(string folder)
    {
        try
        {
            foreach (var sub in Directory.GetDirectories(folder).Where(d => Loading.Files.FileProbe.KindOf(d) == Loading.Files.FileKind.Directory))
            {
                DeleteEmptyFolders(sub);
            }

            if (Directory.EnumerateFileSystemEntries(folder).Any())
            {
                return false;
            }

            Directory.Delete(folder);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The path of <paramref name="file"/> inside <paramref name="root"/>, with '/' separators on every system.</summary>
    public static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');

    // Every entry that is not a folder (links, devices and FIFOs included), relative and sorted;
    // never descends into a link, so out/usr -> /usr is one entry, not the whole of /usr.
    private IEnumerable<string> Walk() => !Directory.Exists(directory)
        ? []
        : FileFingerprint.Files(directory).Select(f => Relative(directory, f)).Order(StringComparer.Ordinal).ToList();

    private static bool HoldsBytes(string path, byte[] expected)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Length == expected.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(expected);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Another build took it first, or the folder is read-only: the file is reported as not deleted.
            return false;
        }
    }

    [GeneratedRegex(@"^\..+\.[0-9a-f]{32}\.tmp$")]
    private static partial Regex TemporaryName();
}
