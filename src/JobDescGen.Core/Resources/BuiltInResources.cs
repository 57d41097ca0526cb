using System.Reflection;

namespace JobDescGen.Resources;

/// <summary>
/// The files embedded in the tool: built-in templates, language files, JSON schemas and the starter
/// profile. Names are repository paths with forward slashes (<c>templates/lang/nl.yaml</c>).
/// </summary>
public static class BuiltInResources
{
    /// <summary>The prefix that marks a built-in file in diagnostics, so users can tell it from theirs.</summary>
    public const string DisplayPrefix = "(built-in)/";

    private static readonly Assembly Assembly = typeof(BuiltInResources).Assembly;

    /// <summary>Every embedded file name, sorted.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. Assembly.GetManifestResourceNames().Select(n => n.Replace('\\', '/')).Order(StringComparer.Ordinal)];

    /// <summary>The embedded files whose names start with <paramref name="prefix"/>.</summary>
    public static IEnumerable<string> Under(string prefix) => Names.Where(n => n.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>The text of an embedded file (UTF-8), or null when there is none of that name.</summary>
    public static string? ReadText(string name)
    {
        var bytes = ReadBytes(name);
        return bytes is null ? null : new StreamReader(new MemoryStream(bytes)).ReadToEnd();
    }

    /// <summary>The bytes of an embedded file, or null when there is none of that name.</summary>
    public static byte[]? ReadBytes(string name)
    {
        var actual = Assembly.GetManifestResourceNames().FirstOrDefault(n => n.Replace('\\', '/') == name);
        if (actual is null)
        {
            return null;
        }

        using var stream = Assembly.GetManifestResourceStream(actual)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Reads source lines for diagnostics: built-in files by their display name, others from disk.</summary>
    public static string[]? ReadLinesForDiagnostics(string path)
    {
        if (path.StartsWith(DisplayPrefix, StringComparison.Ordinal))
        {
            return ReadText(path[DisplayPrefix.Length..])?.Split('\n');
        }

        // The diagnostic itself still prints when the file cannot be read; only the quoted line is lost.
        return Diagnostics.DiagnosticFormatter.ReadFileLines(path);
    }
}
