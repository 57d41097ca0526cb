namespace JobDescGen.Building;

/// <summary>
/// Keeps two builds out of one output folder at a time: each would rename files the other is
/// writing, and the folder would then fail --check. The lock is an exclusive lock (flock on Unix)
/// on a small file in the folder, released by the system even when a build is killed. The file
/// stays, so that no second build can lock a file that is being deleted.
/// </summary>
internal sealed class OutputFolderLock : IDisposable
{
    /// <summary>The lock file's name in the output folder; the build never reports it as extra.</summary>
    public const string FileName = ".jobdescgen.lock";

    /// <summary>How long a second build waits for the first before giving up.</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private readonly FileStream? _stream;

    private OutputFolderLock(FileStream? stream) => _stream = stream;

    /// <summary>
    /// Takes the lock on <paramref name="directory"/>, waiting up to <paramref name="wait"/>; null when
    /// another build holds it all that time. <paramref name="create"/> false (check mode) takes no
    /// lock when the folder or lock file cannot be made: checking a read-only folder still works.
    /// </summary>
    public static OutputFolderLock? Take(string directory, bool create, TimeSpan wait)
    {
        var path = Path.Combine(directory, FileName);
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            try
            {
                if (create)
                {
                    Directory.CreateDirectory(directory);
                }

                if (Loading.Files.FileProbe.KindOf(path) is not (Loading.Files.FileKind.Missing or Loading.Files.FileKind.RegularFile))
                {
                    throw new IOException($"cannot lock {directory}: {FileName} there is not a regular file; remove it");
                }

                return new OutputFolderLock(new FileStream(path, create ? FileMode.OpenOrCreate : FileMode.Open, FileAccess.ReadWrite, FileShare.None));
            }
            catch (Exception exception) when (!create && exception is IOException or UnauthorizedAccessException && !Locked(exception))
            {
                return new OutputFolderLock(null);
            }
            catch (IOException exception) when (Locked(exception))
            {
                if (DateTime.UtcNow >= deadline)
                {
                    return null;
                }

                Thread.Sleep(100);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _stream?.Dispose();

    // .NET reports a held lock as a sharing violation; any other error is a real one.
    private static bool Locked(Exception exception) =>
        exception is IOException && exception is not FileNotFoundException and not DirectoryNotFoundException
        && exception.HResult is 32 or 33 or unchecked((int)0x80070020) or 11;
}
