using JobDescGen.Diagnostics;
using JobDescGen.Formats;
using JobDescGen.Loading;
using JobDescGen.Loading.Yaml;
using JobDescGen.Rendering;

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
            // Problems reading the file were reported by the loader already.
            var ignored = new DiagnosticBag();
            var text = SourceText.Read(file, ignored, directory);
            if (text is not null && YamlDocumentReader.Read(file, text, ignored) is { } root)
            {
                CheckFile(file, text, root, coverage, diagnostics);
            }
        }

        return diagnostics;
    }

    private static void CheckFile(string file, string text, YamlNode root, ICharacterCoverage coverage, List<Diagnostic> diagnostics)
    {
        var reported = new HashSet<int>();
        var source = new SourceCharacters(text);
        foreach (var scalar in Scalars(root))
        {
            var value = scalar.Value;
            for (var i = 0; i < value.Length; i++)
            {
                var codePoint = FormattingCharacters.CodePointAt(value, i);
                i += codePoint > 0xFFFF ? 1 : 0;
                if (codePoint < 0x80 || char.IsControl((char)Math.Min(codePoint, 0xFFFF)) || FormattingCharacters.IsFormatting(codePoint)
                    || coverage.Covers(codePoint) || !reported.Add(codePoint))
                {
                    continue;
                }

                diagnostics.Add(new Diagnostic(
                    DiagnosticSeverity.Warning,
                    Locate(file, source, scalar.Location, codePoint),
                    $"none of {coverage.FontsDescription} has {UnicodeNames.Describe(codePoint)} ('{char.ConvertFromUtf32(codePoint)}'): it would print as an empty box",
                    "write the text without it, or with a character the fonts have"));
            }
        }
    }

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
