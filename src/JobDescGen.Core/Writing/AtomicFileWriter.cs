using JobDescGen.Loading.Files;

namespace JobDescGen.Writing;

/// <summary>
/// Writes a file so that readers see either the old content or the new, never a half-written file:
/// the bytes go to a temporary file in the same folder, which is then renamed over the target.
/// Only a regular file is ever replaced: a device or FIFO (/dev/null, a pipe a script reads) is
/// written in place, since renaming over it would replace the device itself when run as root; a
/// link, folder or socket is refused.
/// </summary>
public static class AtomicFileWriter
{
    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/>, creating its folder when needed.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="content">Its new bytes.</param>
    /// <param name="flushToDisk">
    /// Whether the bytes reach the disk before the rename, so that even a power cut leaves the old
    /// file or the new. A batch build passes false for the documents it records by hash in its
    /// manifest: one damaged by a crash fails that check and is made again, and an fsync per file
    /// made a 2,000-file build wait 0.8 s (much more on a cloud disk).
    /// </param>
    public static void Write(string path, ReadOnlySpan<byte> content, bool flushToDisk = true)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        var kind = FileProbe.KindOf(full);
        var target = kind == FileKind.SymbolicLink ? FileProbe.Target(full).Kind : kind;
        if (target is FileKind.CharacterDevice or FileKind.Fifo)
        {
            WriteInPlace(path, full, content);
            return;
        }

        if (kind is not (FileKind.Missing or FileKind.RegularFile))
        {
            throw new FileWriteException(path, kind == FileKind.SymbolicLink
                ? $"it is a link (to {FileProbe.RealPath(full) ?? "nothing"}), and the tool replaces only regular files; remove the link or write elsewhere"
                : $"it is {InputFile.Describe(kind)}, not a regular file");
        }

        // Same folder, so the rename stays on one file system and is atomic.
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(directory);
            WriteThenRename(full, temporary, content, flushToDisk);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The raw message names the temporary file; the user knows only the path they asked for.
            throw new FileWriteException(path, FileWriteException.ReasonOf(exception).Replace(temporary, full, StringComparison.Ordinal), exception);
        }
    }

    private static void WriteInPlace(string path, string full, ReadOnlySpan<byte> content)
    {
        try
        {
            using var stream = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1);
            stream.Write(content);
            stream.Flush();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new FileWriteException(path, FileWriteException.ReasonOf(exception), exception);
        }
    }

    private static void WriteThenRename(string full, string temporary, ReadOnlySpan<byte> content, bool flushToDisk)
    {
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
