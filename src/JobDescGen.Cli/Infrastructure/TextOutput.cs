using JobDescGen.Writing;

namespace JobDescGen.Cli.Infrastructure;

/// <summary>Where a text report goes: stdout, or a file written whole (temporary file, then rename).</summary>
public static class TextOutput
{
    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/>, or to stdout when it is null or "-"; returns the exit code.</summary>
    public static int Write(CliConsole console, string text, string? path)
    {
        if (path is null or "-")
        {
            console.Output.Write(text);
            return ExitCodes.Success;
        }

        if (string.IsNullOrWhiteSpace(path) || path.EndsWith('/') || Directory.Exists(path))
        {
            throw new UsageException($"--output '{path}' is not a file name", "give a file to write, or - for stdout");
        }

        try
        {
            AtomicFileWriter.Write(path, System.Text.Encoding.UTF8.GetBytes(text));
        }
        catch (IOException exception)
        {
            console.Fail(exception.Message, "check that the folder is writable and the disk has room, or choose another --output");
            return ExitCodes.ContentError;
        }

        console.Output.WriteLine(path);
        return ExitCodes.Success;
    }

    /// <summary>
    /// True when colour fits: the output is the process's own terminal, not piped or captured, and
    /// neither <c>NO_COLOR</c> nor <c>TERM=dumb</c> asks for plain text.
    /// </summary>
    public static bool ColorFits(CliConsole console, bool noColorOption) =>
        !noColorOption
        && ReferenceEquals(console.Output, Console.Out)
        && !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && Environment.GetEnvironmentVariable("TERM") != "dumb";
}
