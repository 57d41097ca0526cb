using JobDescGen.Diagnostics;
using JobDescGen.Formats;
using JobDescGen.Marking;
using JobDescGen.Rendering;
using JobDescGen.Writing;

namespace JobDescGen.Validation;

/// <summary>
/// Warns about every character of a profile's texts that no font of a format has, located where it
/// is written in the YAML (file:line:column) and named ("U+1F680 ROCKET"), once per character and
/// file. Formatting characters are never drawn and so never missing.
/// </summary>
public static class UncoveredCharacterCheck
{
    /// <summary>Checks the YAML files of the profile in <paramref name="directory"/>.</summary>
    public static IReadOnlyList<Diagnostic> Check(string directory, ICharacterCoverage coverage)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var file in ProfileTextScanner.YamlFiles(directory))
        {
            CheckFile(file, directory, coverage, _ => true, diagnostics);
        }

        return diagnostics;
    }

    /// <summary>
    /// The same warnings for one document about to be written (generate, build, overview): the
    /// characters of <paramref name="documentText"/> that no font has, located in the YAML files it
    /// was made from (<paramref name="sources"/>, each read only inside its folder). The document is
    /// scanned first, so a document whose characters are all covered costs no file read. A character
    /// found in no source came from the template or its labels, and is reported at the first source.
    /// </summary>
    public static IReadOnlyList<Diagnostic> CheckDocument(string documentText, DocumentSources sources, ICharacterCoverage coverage)
    {
        var missing = new SortedSet<int>();
        Walk(documentText, coverage, codePoint => missing.Add(codePoint));
        if (missing.Count == 0)
        {
            return [];
        }

        var diagnostics = new List<Diagnostic>();
        var located = new HashSet<int>();
        foreach (var (file, root) in sources.Files)
        {
            CheckFile(file, root, coverage, missing.Contains, diagnostics, located);
        }

        foreach (var codePoint in missing.Where(c => !located.Contains(c)))
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Warning,
                SourceLocation.FileOnly(sources.Files[0].File),
                $"none of {coverage.FontsDescription} has {Named(codePoint)}, which the template or its labels write: it would print as an empty box",
                "write the template or the label without it, or with a character the fonts have"));
        }

        return diagnostics;
    }

    /// <summary>
    /// The warnings of <see cref="CheckDocument(string, DocumentSources, ICharacterCoverage)"/> when <paramref name="writer"/> draws with fonts of
    /// its own (the PDF); none for a writer that leaves fonts to the reader's program.
    /// </summary>
    public static IReadOnlyList<Diagnostic> CheckDocument(IDocumentWriter writer, RenderedDocument document, DocumentSources sources) =>
        writer is ICharacterCoverage coverage ? CheckDocument(document.Markdown, sources, coverage) : [];

    private static void CheckFile(string file, string root, ICharacterCoverage coverage, Func<int, bool> wanted, List<Diagnostic> diagnostics, HashSet<int>? located = null) =>
        ProfileTextScanner.Scan(file, root, codePoint => IsUncovered(codePoint, coverage) && wanted(codePoint), (location, codePoint) =>
        {
            located?.Add(codePoint);
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Warning,
                location,
                $"none of {coverage.FontsDescription} has {Named(codePoint)}: it would print as an empty box",
                "write the text without it, or with a character the fonts have"));
        });

    // Every character of value that would be drawn and that no font has.
    private static void Walk(string value, ICharacterCoverage coverage, Action<int> uncovered)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var codePoint = FormattingCharacters.CodePointAt(value, i);
            i += codePoint > 0xFFFF ? 1 : 0;
            if (IsUncovered(codePoint, coverage))
            {
                uncovered(codePoint);
            }
        }
    }

    private static bool IsUncovered(int codePoint, ICharacterCoverage coverage) =>
        codePoint >= 0x80 && !char.IsControl((char)Math.Min(codePoint, 0xFFFF)) && !FormattingCharacters.IsFormatting(codePoint) && !coverage.Covers(codePoint);

    private static string Named(int codePoint) => $"{UnicodeNames.Describe(codePoint)} ('{char.ConvertFromUtf32(codePoint)}')";
}
