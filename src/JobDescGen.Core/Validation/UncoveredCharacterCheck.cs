using JobDescGen.Diagnostics;
using JobDescGen.Formats;
using JobDescGen.Loading.Yaml;
using JobDescGen.Loading;
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
    /// <summary>At most this many YAML files of one profile are read again for the check.</summary>
    private const int MaxFiles = 500;

    /// <summary>Checks the YAML files of the profile in <paramref name="directory"/>.</summary>
    public static IReadOnlyList<Diagnostic> Check(string directory, ICharacterCoverage coverage)
    {
        var diagnostics = new List<Diagnostic>();
        // Shallow (profile.yaml, levels/, jobs/), so a loop of linked folders ends quickly; each file
        // is read as the loader reads it (a link leading out of the profile is refused).
        var options = new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 2, AttributesToSkip = 0, IgnoreInaccessible = true };
        var files = Directory.EnumerateFiles(directory, "*", options)
            .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".yaml" or ".yml")
            .Take(MaxFiles)
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
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

    private static void CheckFile(string file, string root, ICharacterCoverage coverage, Func<int, bool> wanted, List<Diagnostic> diagnostics, HashSet<int>? located = null)
    {
        // Problems reading the file were reported by the loader already.
        var ignored = new DiagnosticBag();
        var text = SourceText.Read(file, ignored, root);
        if (text is null || YamlDocumentReader.Read(file, text, ignored) is not { } yaml)
        {
            return;
        }

        var reported = new HashSet<int>();
        var source = new SourceCharacters(text);
        foreach (var scalar in Scalars(yaml))
        {
            Walk(scalar.Value, coverage, codePoint =>
            {
                if (!wanted(codePoint) || !reported.Add(codePoint))
                {
                    return;
                }

                located?.Add(codePoint);
                diagnostics.Add(new Diagnostic(
                    DiagnosticSeverity.Warning,
                    Locate(file, source, scalar.Location, codePoint),
                    $"none of {coverage.FontsDescription} has {Named(codePoint)}: it would print as an empty box",
                    "write the text without it, or with a character the fonts have"));
            });
        }
    }

    // Every character of value that would be drawn and that no font has.
    private static void Walk(string value, ICharacterCoverage coverage, Action<int> uncovered)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var codePoint = FormattingCharacters.CodePointAt(value, i);
            i += codePoint > 0xFFFF ? 1 : 0;
            if (codePoint >= 0x80 && !char.IsControl((char)Math.Min(codePoint, 0xFFFF)) && !FormattingCharacters.IsFormatting(codePoint) && !coverage.Covers(codePoint))
            {
                uncovered(codePoint);
            }
        }
    }

    private static string Named(int codePoint) => $"{UnicodeNames.Describe(codePoint)} ('{char.ConvertFromUtf32(codePoint)}')";

    private static IEnumerable<YamlScalar> Scalars(YamlNode node)
    {
        switch (node)
        {
            case YamlScalar scalar:
                yield return scalar;
                break;
            case YamlSequence sequence:
                foreach (var scalar in sequence.Items.SelectMany(Scalars))
                {
                    yield return scalar;
                }

                break;
            case YamlMapping mapping:
                foreach (var scalar in mapping.Entries.SelectMany(e => Scalars(e.Value)))
                {
                    yield return scalar;
                }

                break;
        }
    }

    /// <summary>
    /// Where the character is written: its first place in the file from the text's start on, as
    /// itself or as a YAML escape (\U0001F680); the text's start when neither is found.
    /// </summary>
    private static SourceLocation Locate(string file, SourceCharacters source, SourceLocation start, int codePoint)
    {
        var index = start.HasPosition ? source.Find(codePoint, source.IndexOf(start.Line, start.Column)) : -1;
        if (index < 0)
        {
            return start;
        }

        var (line, column) = source.LineAndColumn(index);
        return new SourceLocation(file, line, column);
    }
}
