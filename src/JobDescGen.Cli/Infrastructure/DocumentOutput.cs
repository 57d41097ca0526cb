using JobDescGen.Formats;
using JobDescGen.Writing;

namespace JobDescGen.Cli.Infrastructure;

/// <summary>
/// Where a command's document or report goes, for every command with <c>--output</c>: stdout
/// (<c>-</c> or <c>/dev/stdout</c>), stderr (<c>/dev/stderr</c>), a file written whole, or a default name in a folder. One place,
/// so every command refuses the same paths with the same words.
/// </summary>
internal static class DocumentOutput
{
    private const string WriteHint = "check that the folder is writable and the disk has room, or choose another --output";

    /// <summary>
    /// The format of a document: <c>--format</c>, else the extension of <c>--output</c>, else Markdown.
    /// "--output x.pdf" without --format means a PDF: writing Markdown into x.pdf would be a trap.
    /// </summary>
    public static IOutputFormat ChooseFormat(string? format, string? output)
    {
        var registry = ToolFormats.Registry;
        var named = format is null ? null : registry.Find(format);
        var file = output is null || IsStream(output) || IsFolder(output) ? null : output;
        var extension = file is null ? string.Empty : Path.GetExtension(file).TrimStart('.');
        var fromExtension = file is null ? null : registry.ForPath(file);
        if (named is not null && fromExtension is not null && fromExtension != named)
        {
            throw new UsageException($"--format {named.Name} does not match the output file '{output}'", $"use --format {fromExtension.Name}, or name the file .{named.Extension}");
        }

        if (named is null && fromExtension is null && extension.Length > 0)
        {
            throw new UsageException($"'.{extension}' is not an output format ('{output}')", $"formats: {registry.NameList}; name the file with one of their extensions, or give --format");
        }

        return named ?? fromExtension ?? registry.Find("md")!;
    }

    /// <summary>
    /// The format of a report (diff, explain): <c>--format</c>, else the one <paramref name="byExtension"/>
    /// gives the extension of <c>--output</c>, else <paramref name="fallback"/>. As for documents,
    /// "--output d.json" means JSON: plain text in a .json file would be a trap, and a --format
    /// that contradicts the file's extension is refused.
    /// </summary>
    public static string ChooseReportFormat(string? format, string? output, IReadOnlyDictionary<string, string> byExtension, string fallback)
    {
        var file = output is null || IsStream(output) || IsFolder(output) ? null : output;
        var extension = file is null ? string.Empty : Path.GetExtension(file).ToLowerInvariant();
        var fromExtension = byExtension.GetValueOrDefault(extension);
        if (format is not null && fromExtension is not null && fromExtension != format)
        {
            var matching = byExtension.Where(e => e.Value == format).Select(e => e.Key).FirstOrDefault();
            throw new UsageException(
                $"--format {format} does not match the output file '{output}'",
                $"use --format {fromExtension}{(matching is null ? string.Empty : $", or name the file {matching}")}");
        }

        return format ?? fromExtension ?? fallback;
    }

    /// <summary>
    /// Writes a document: to stdout, to the file <paramref name="output"/>, or as
    /// <paramref name="defaultName"/> in the folder it names (or in <c>out/</c> when it is null);
    /// prints the path written. Returns the exit code.
    /// </summary>
    public static int WriteDocument(CliConsole console, byte[] bytes, string? output, string defaultName) =>
        Write(console, bytes, output ?? Path.Combine("out", defaultName), defaultName);

    /// <summary>Writes a text report: to stdout by default, else to the file <paramref name="output"/> (a folder is refused).</summary>
    public static int WriteText(CliConsole console, string text, string? output) =>
        Write(console, System.Text.Encoding.UTF8.GetBytes(text), output ?? "-", defaultName: null);

    /// <summary>True when <paramref name="output"/> sends the result to stdout (a text report's default).</summary>
    public static bool IsStandardOutput(string? output) => output is null || StandardOutput.IsMeantBy(output);

    private static int Write(CliConsole console, byte[] bytes, string output, string? defaultName)
    {
        if (StandardOutput.IsMeantBy(output))
        {
            ToStream(console.Output, Console.Out, Console.OpenStandardOutput, bytes);
            return ExitCodes.Success;
        }

        if (StandardOutput.IsStandardError(output))
        {
            // Named explicitly, so meant: written to the stream, as /dev/stdout is, whatever it is redirected to.
            ToStream(console.Error, Console.Error, Console.OpenStandardError, bytes);
            return ExitCodes.Success;
        }

        if (string.IsNullOrWhiteSpace(output))
        {
            throw new UsageException("--output is empty", defaultName is null
                ? "give a file to write, or - for stdout"
                : "give a file, a folder ending in '/', or '-' for stdout");
        }

        var path = output;
        if (IsFolder(output))
        {
            // A report has no name of its own to give a file in a folder.
            path = defaultName is null
                ? throw new UsageException($"--output '{output}' is a folder, not a file name", "give a file to write, or - for stdout")
                : Path.Combine(output, defaultName);
        }

        try
        {
            AtomicFileWriter.Write(path, bytes);
        }
        catch (IOException exception)
        {
            console.Fail(exception.Message, WriteHint);
            return ExitCodes.ContentError;
        }

        console.Output.WriteLine(path);
        return ExitCodes.Success;
    }

    private static void ToStream(TextWriter writer, TextWriter processWriter, Func<Stream> open, byte[] bytes)
    {
        if (ReferenceEquals(writer, processWriter))
        {
            // Raw bytes, so a PDF piped to another program arrives intact. Never through the
            // /dev/stdout link: renaming a file over it would replace the link, and a redirected
            // stdout is a link to a regular file, which the atomic writer rightly refuses.
            processWriter.Flush();
            using var stream = open();
            stream.Write(bytes);
            return;
        }

        // Tests capture output in a TextWriter; text formats are faithful there.
        writer.Write(System.Text.Encoding.UTF8.GetString(bytes));
    }

    private static bool IsStream(string output) => StandardOutput.IsMeantBy(output) || StandardOutput.IsStandardError(output);

    private static bool IsFolder(string output) =>
        output.EndsWith('/') || output.EndsWith(Path.DirectorySeparatorChar) || Directory.Exists(output);
}
