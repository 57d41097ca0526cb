using System.Text;

namespace JobDescGen.Diagnostics;

/// <summary>
/// Prints diagnostics the way compilers do: the headline, the offending source line with a caret
/// under the spot, then the hint.
/// </summary>
public sealed class DiagnosticFormatter
{
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
        text.Append(diagnostic.Headline).Append('\n');
        var line = SourceLine(diagnostic.Location);
        if (line is not null)
        {
            // Tabs are kept so that the caret lines up under the same column in a terminal.
            var prefix = new string([.. line.Take(diagnostic.Location.Column - 1).Select(c => c == '\t' ? '\t' : ' ')]);
            text.Append("  ").Append(line).Append('\n');
            text.Append("  ").Append(prefix).Append("^\n");
        }

        if (diagnostic.Hint is not null)
        {
            text.Append("  hint: ").Append(diagnostic.Hint).Append('\n');
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

    private static string[]? ReadFileLines(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllLines(path) : null;
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
