using JobDescGen.Diagnostics;
using JobDescGen.Resources;

namespace JobDescGen.Cli.Infrastructure;

/// <summary>The streams a command writes to: results on stdout, diagnostics and errors on stderr.</summary>
public sealed class CliConsole(TextWriter output, TextWriter error)
{
    /// <summary>Results (paths written, listings, Markdown with <c>--output -</c>).</summary>
    public TextWriter Output { get; } = output;

    /// <summary>Diagnostics and error messages.</summary>
    public TextWriter Error { get; } = error;

    /// <summary>Prints diagnostics in reading order with source lines and carets, plus a count line.</summary>
    public void Report(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        if (list.Count > 0)
        {
            Error.Write(new DiagnosticFormatter(BuiltInResources.ReadLinesForDiagnostics).FormatAll(list));
        }

        GitHubAnnotations.Write(list, Error);
    }

    /// <summary>Prints a one-line error with an optional hint.</summary>
    public void Fail(string message, string? hint = null)
    {
        // Messages quote paths and values the user's files supplied: no control character reaches the terminal.
        Error.WriteLine($"error: {ControlCharacters.Neutralise(message)}");
        if (hint is not null)
        {
            Error.WriteLine($"  hint: {ControlCharacters.Neutralise(hint)}");
        }
    }
}
