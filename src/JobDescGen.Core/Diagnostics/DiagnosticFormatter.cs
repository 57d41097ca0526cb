using System.Text;

namespace JobDescGen.Diagnostics;

/// <summary>
/// Prints diagnostics the way compilers do: the headline, the offending source line with a caret
/// under the spot, then the hint. What comes from the user's files is printed neutralised (no
/// control characters reach the terminal), and a long source line is shown only around the spot.
/// </summary>
public sealed class DiagnosticFormatter
{
    /// <summary>The most characters of a source line shown: a 1 MB line would otherwise give 1 MB of output.</summary>
    public const int MaxEchoedCharacters = 200;

    private readonly Func<string, string[]?> _readLines;
    private readonly Dictionary<string, string[]?> _cache = new(StringComparer.Ordinal);

    /// <summary>Creates a formatter that reads source lines from disk.</summary>
    public DiagnosticFormatter()
        : this(ReadFileLines)
    {
    }

    /// <summary>Creates a formatter with a custom source reader (tests, embedded templates).</summary>
    public DiagnosticFormatter(Func<string, string[]?> readLines) => _readLines = readLines;

    /// <summary>Formats one diagnostic, ending with a newline.</summary>
    public string Format(Diagnostic diagnostic)
    {
        var text = new StringBuilder();
        text.Append(OneLine(diagnostic.Headline)).Append('\n');
        var line = SourceLine(diagnostic.Location);
        if (line is not null)
        {
            var (shown, column) = Window(line, diagnostic.Location.Column);

            // Tabs are kept so that the caret lines up under the same column in a terminal; the
            // prefix is measured as shown (a C1 or bidi control before the spot is shown as <U+…>).
            var prefix = new string([.. OneLine(shown[..Math.Min(column - 1, shown.Length)]).Select(c => c == '\t' ? '\t' : ' ')]);
            text.Append("  ").Append(OneLine(shown)).Append('\n');
            text.Append("  ").Append(prefix).Append("^\n");
        }

        if (diagnostic.Hint is not null)
        {
            text.Append("  hint: ").Append(OneLine(diagnostic.Hint)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Formats all diagnostics in reading order, followed by a count line.</summary>
    public string FormatAll(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        var text = new StringBuilder();
        foreach (var diagnostic in list)
        {
            text.Append(Format(diagnostic));
        }

        if (list.Count > 0)
        {
            text.Append(Summary(list)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The count line: "2 errors, 1 warning".</summary>
    public static string Summary(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var errors = diagnostics.ErrorCount();
        return $"{Wording.Count(errors, "error")}, {Wording.Count(diagnostics.Count - errors, "warning")}";
    }

    // Control characters shown visibly, one for one, so the caret still lines up.
    private static string OneLine(string text) => ControlCharacters.Neutralise(text).Replace('\n', '\u2424');

    // At most MaxEchoedCharacters of the line, around the column, with "…" where it was cut.
    private static (string Shown, int Column) Window(string line, int column)
    {
        if (line.Length <= MaxEchoedCharacters)
        {
            return (line, column);
        }

        var start = Math.Clamp(column - 1 - (MaxEchoedCharacters / 2), 0, line.Length - MaxEchoedCharacters);
        var shown = line.Substring(start, MaxEchoedCharacters);
        var head = start > 0 ? "…" : string.Empty;
        var tail = start + MaxEchoedCharacters < line.Length ? "…" : string.Empty;
        return (head + shown + tail, column - start + head.Length);
    }

    private string? SourceLine(SourceLocation location)
    {
        if (!location.HasPosition)
        {
            return null;
        }

        if (!_cache.TryGetValue(location.File, out var lines))
        {
            lines = _readLines(location.File);
            _cache[location.File] = lines;
        }

        if (lines is null || location.Line > lines.Length)
        {
            return null;
        }

        return lines[location.Line - 1].TrimEnd('\r');
    }

    /// <summary>
    /// The lines of <paramref name="path"/> for quoting, read only the way the loader reads input (a
    /// regular file within the size limit, never a FIFO or device); null when it cannot be.
    /// </summary>
    public static string[]? ReadFileLines(string path)
    {
        try
        {
            // Only what the loader itself would read: never a FIFO, a device or a huge file.
            var bytes = Loading.Files.InputFile.TryRead(path, null, out _);
            if (bytes is null)
            {
                return null;
            }

            // A file that is not UTF-8 is still quoted (the error is about it), its bad bytes as U+FFFD.
            return (Loading.SourceText.Decode(path, bytes, out var text) is null ? text! : System.Text.Encoding.UTF8.GetString(bytes)).Split('\n');
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
