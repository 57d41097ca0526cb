namespace JobDescGen.Loading.Files;

/// <summary>
/// Reads an input file only when it is safe to: a regular file (never a FIFO, device, socket or
/// folder, which would hang or flood the tool), no larger than <see cref="InputLimits.MaxFileBytes"/>,
/// and, when a folder is given, whose real path (links resolved) lies inside that folder, so that a
/// link cannot smuggle a credentials file or /proc/self/environ into a diagnostic or a document.
/// </summary>
public static class InputFile
{
    /// <summary>The bytes of <paramref name="path"/>, or null with <paramref name="problem"/> saying why they were not read.</summary>
    public static byte[]? TryRead(string path, string? insideFolder, out InputProblem? problem)
    {
        problem = Check(path, insideFolder, out var size);
        if (problem is not null)
        {
            return null;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.None);
            var buffer = new byte[Math.Min(size, InputLimits.MaxFileBytes) + 1];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            if (read > InputLimits.MaxFileBytes)
            {
                // It grew between the stat and the read.
                problem = TooLarge(read);
                return null;
            }

            return buffer.AsSpan(0, read).ToArray();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problem = new(exception is UnauthorizedAccessException ? "permission denied" : exception.Message, "check that the file is readable");
            return null;
        }
    }

    /// <summary>
    /// Why <paramref name="path"/> must not be read, or null when it may: it is missing, not a
    /// regular file, too large, or (with <paramref name="insideFolder"/>) a link leading out of that folder.
    /// </summary>
    public static InputProblem? Check(string path, string? insideFolder, out long size)
    {
        size = 0;
        var own = FileProbe.KindOf(path);
        if (own == FileKind.Missing)
        {
            return InputProblem.Missing;
        }

        var (kind, length) = FileProbe.Target(path);
        if (kind == FileKind.Missing)
        {
            return new("it is a link that leads nowhere (its target is missing, or links loop)", "remove the link or point it at a file");
        }

        if (insideFolder is not null && Escapes(path, insideFolder) is { } target)
        {
            return new($"it is a link to {target}, outside {insideFolder}", "copy the file into the folder instead of linking to a file elsewhere");
        }

        if (kind != FileKind.RegularFile)
        {
            return new($"it is {Describe(kind)}, not a regular file", "replace it with an ordinary file: the tool reads no pipes, devices, sockets or folders");
        }

        size = length;
        return length > InputLimits.MaxFileBytes ? TooLarge(length) : null;
    }

    /// <summary>The real path of <paramref name="path"/> when it lies outside <paramref name="folder"/>'s real path; else null.</summary>
    public static string? Escapes(string path, string folder)
    {
        var realFolder = FileProbe.RealPath(folder);
        var realPath = FileProbe.RealPath(path);
        if (realFolder is null || realPath is null)
        {
            return null;
        }

        return FileProbe.IsUnder(realPath, realFolder) ? null : realPath;
    }

    /// <summary>"a FIFO (named pipe)", "a device", ...: what the user is told a path is.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Directory => "a folder",
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice or FileKind.BlockDevice => "a device",
        FileKind.Socket => "a socket",
        FileKind.SymbolicLink => "a link",
        FileKind.RegularFile => "a regular file",
        FileKind.Missing => "missing",
        _ => "a special file",
    };

    private static InputProblem TooLarge(long size) => new(
        $"it is {size / 1024.0 / 1024.0:0.#} MiB; input files are limited to {InputLimits.MaxFileBytes / 1024 / 1024} MiB",
        "split the content, or remove what does not belong in it");
}
