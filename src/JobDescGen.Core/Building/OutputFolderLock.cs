using System.Security.Cryptography;
using System.Text;
using JobDescGen.Loading.Files;

namespace JobDescGen.Building;

/// <summary>
/// Keeps two builds out of one output folder at a time: each would rename files the other is
/// writing, and the folder would then fail --check. The lock is an exclusive lock (flock on Unix)
/// on a file named after the output folder's real path, in a per-user folder of the system's
/// temporary folder, so the published folder gets no lock file, and the system releases it even
/// when a build is killed. Builds of different users on one folder are not kept apart.
/// </summary>
internal sealed class OutputFolderLock : IDisposable
{
    /// <summary>How long a second build waits for the first before giving up.</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private readonly FileStream? _stream;

    private OutputFolderLock(FileStream? stream) => _stream = stream;

    /// <summary>
    /// Takes the lock on <paramref name="directory"/>, waiting up to <paramref name="wait"/>; null when
    /// another build holds it all that time. Where no lock file can be made at all (a read-only
    /// temporary folder), the build goes on unlocked rather than not at all.
    /// </summary>
    public static OutputFolderLock? Take(string directory, TimeSpan wait)
    {
        var path = LockFile(directory);
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                return new OutputFolderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (UnauthorizedAccessException)
            {
                return new OutputFolderLock(null);
            }
            catch (IOException exception) when (exception is not (FileNotFoundException or DirectoryNotFoundException) && DateTime.UtcNow < deadline)
            {
                // Held by another build (.NET reports a held lock as a sharing violation): try again shortly.
                Thread.Sleep(100);
            }
            catch (IOException exception) when (exception is not (FileNotFoundException or DirectoryNotFoundException))
            {
                return null;
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _stream?.Dispose();

    // One lock per folder, whichever path names it: "out", "./out" and a link to it lock alike.
    private static string LockFile(string directory)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        var real = FileProbe.RealPath(full) ?? full;
        var name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(real)))[..32];
        // One folder per user: a folder another user made would refuse this user's lock files.
        return Path.Combine(Path.GetTempPath(), "jobdescgen-locks-" + FileNameSanitizer.Sanitize(Environment.UserName), name + ".lock");
    }
}
