using System.IO.Enumeration;
using System.Security.Cryptography;
using JobDescGen.Loading.Files;

namespace JobDescGen.Building;

/// <summary>
/// What the input hash records of one file, without ever blocking or exhausting memory: the bytes
/// of a regular file within the input size limit, only the size and time of a larger one (the
/// loader refuses it anyway), and only the kind of a FIFO, device or socket, which are never opened.
/// </summary>
internal static class FileFingerprint
{
    /// <summary>The fingerprint of <paramref name="path"/>; "none" when nothing is there.</summary>
    public static string Of(string path)
    {
        var (kind, size) = FileProbe.Target(path);
        var link = FileProbe.KindOf(path) == FileKind.SymbolicLink ? $"link to {FileProbe.RealPath(path) ?? "nothing"} " : string.Empty;
        return kind switch
        {
            FileKind.Missing when link.Length == 0 => "none",
            FileKind.RegularFile when size <= InputLimits.MaxFileBytes => link + Hash(path),
            FileKind.RegularFile => link + $"large {size} {File.GetLastWriteTimeUtc(path).Ticks}",
            _ => link + kind,
        };
    }

    /// <summary>The entries below <paramref name="directory"/> that are not folders, never descending into a linked folder (which may loop or lead anywhere).</summary>
    public static IEnumerable<string> Files(string directory)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        return new FileSystemEnumerable<string>(directory, (ref entry) => entry.ToFullPath(), options)
        {
            ShouldIncludePredicate = (ref entry) => !entry.IsDirectory || (entry.Attributes & FileAttributes.ReparsePoint) != 0,
            ShouldRecursePredicate = (ref entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
    }

    private static string Hash(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return "unreadable";
        }
    }
}
