namespace JobDescGen.Writing;

/// <summary>
/// A file could not be written: "cannot write out/a.pdf: No space left on device". The path is
/// named once; .NET's own messages end in " : 'path'" again (and name the temporary file), which is
/// dropped from <see cref="Reason"/>.
/// </summary>
public sealed class FileWriteException : IOException
{
    /// <summary>Creates the exception for <paramref name="path"/>.</summary>
    public FileWriteException(string path, string reason, Exception? inner = null)
        : base($"cannot write {path}: {reason}", inner)
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>The file that was to be written, as the user named it.</summary>
    public string Path { get; }

    /// <summary>Why not, without the path ("No space left on device").</summary>
    public string Reason { get; }

    /// <summary>The reason in <paramref name="exception"/>'s message, without the " : 'path'" .NET appends to it.</summary>
    public static string ReasonOf(Exception exception) => exception switch
    {
        FileWriteException written => written.Reason,
        UnauthorizedAccessException => "permission denied",
        PathTooLongException => "the path is too long",
        _ => WithoutPath(exception.Message),
    };

    private static string WithoutPath(string message)
    {
        // "No space left on device : '/tmp/out/.a.pdf.0f3c.tmp'"
        var at = message.LastIndexOf(" : '", StringComparison.Ordinal);
        return at > 0 && message.EndsWith('\'') ? message[..at] : message;
    }
}
