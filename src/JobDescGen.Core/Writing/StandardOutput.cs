namespace JobDescGen.Writing;

/// <summary>
/// The output paths that mean the process's own streams rather than a file: renaming a file over
/// /dev/stdout would replace the link itself, and when the stream is redirected to a file the link
/// leads to a regular file the atomic writer rightly refuses to write through.
/// </summary>
public static class StandardOutput
{
    /// <summary>True for <c>-</c>, <c>/dev/stdout</c> and its other names (<c>/dev/fd/1</c>, <c>/proc/self/fd/1</c>).</summary>
    public static bool IsMeantBy(string? output) => output is "-" or "/dev/stdout" or "/dev/fd/1" or "/proc/self/fd/1";

    /// <summary>True for <c>/dev/stderr</c> and its other names (<c>/dev/fd/2</c>, <c>/proc/self/fd/2</c>).</summary>
    public static bool IsStandardError(string? output) => output is "/dev/stderr" or "/dev/fd/2" or "/proc/self/fd/2";
}
