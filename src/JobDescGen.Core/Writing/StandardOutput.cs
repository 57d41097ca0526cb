namespace JobDescGen.Writing;

/// <summary>The output paths that mean "write to stdout" rather than to a file.</summary>
public static class StandardOutput
{
    /// <summary>True for <c>-</c> and <c>/dev/stdout</c>: renaming a file over /dev/stdout would replace the link itself.</summary>
    public static bool IsMeantBy(string? output) => output is "-" or "/dev/stdout";
}
