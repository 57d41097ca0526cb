using JobDescGen.Diagnostics;

namespace JobDescGen.Validation;

/// <summary>
/// Warns about the bidi embedding, override and isolate characters (U+202A–U+202E, U+2066–U+2069)
/// in a profile's or job's texts, located where they are written. They are invisible, and they
/// reverse how the text after them is shown (in a terminal, a diff, a review in the browser): a
/// title may read differently from what it holds. Documents do not draw them; terminal output shows
/// them as &lt;U+202E&gt; (<see cref="ControlCharacters.Neutralise"/>).
/// </summary>
public static class BidiControlCheck
{
    /// <summary>Checks the YAML files of the profile in <paramref name="directory"/>.</summary>
    public static IReadOnlyList<Diagnostic> Check(string directory) =>
        [.. ProfileTextScanner.YamlFiles(directory).SelectMany(file => CheckFile(file, directory))];

    /// <summary>Checks one YAML file (a job), read only inside <paramref name="root"/>.</summary>
    public static IReadOnlyList<Diagnostic> CheckFile(string file, string root)
    {
        var diagnostics = new List<Diagnostic>();
        ProfileTextScanner.Scan(file, root, ControlCharacters.IsBidiControl, (location, codePoint) => diagnostics.Add(new Diagnostic(
            DiagnosticSeverity.Warning,
            location,
            $"the text holds the invisible bidi control {UnicodeNames.Describe(codePoint)}: it makes terminals and reviews show the text after it reversed or reordered",
            "remove it: Dutch and French texts need none (for a right-to-left name, write it without controls)")));
        return diagnostics;
    }
}
