using JobDescGen.Diagnostics;
using JobDescGen.Loading;
using JobDescGen.Loading.Yaml;
using JobDescGen.Rendering;

namespace JobDescGen.Validation;

/// <summary>
/// Reads a profile's YAML files again for the checks that look at single characters of its texts
/// (a character no font has, a bidi control) and locates each where it is written.
/// </summary>
internal static class ProfileTextScanner
{
    /// <summary>At most this many YAML files of one profile are read again.</summary>
    private const int MaxFiles = 500;

    /// <summary>The YAML files of the profile in <paramref name="directory"/>, sorted.</summary>
    public static IEnumerable<string> YamlFiles(string directory)
    {
        // Shallow (profile.yaml, levels/, jobs/), so a loop of linked folders ends quickly.
        var options = new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 2, AttributesToSkip = 0, IgnoreInaccessible = true };
        return Directory.EnumerateFiles(directory, "*", options)
            .Where(Loading.Files.YamlFiles.IsYaml)
            .Take(MaxFiles)
            .Order(StringComparer.Ordinal);
    }

    /// <summary>
    /// Calls <paramref name="found"/> once per code point of <paramref name="file"/>'s texts that
    /// <paramref name="wanted"/> picks, with where it is first written. The file is read as the
    /// loader reads it (inside <paramref name="root"/>); one that cannot be read is skipped, since
    /// the loader reported it already.
    /// </summary>
    public static void Scan(string file, string root, Func<int, bool> wanted, Action<SourceLocation, int> found)
    {
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
            var value = scalar.Value;
            for (var i = 0; i < value.Length; i++)
            {
                var codePoint = FormattingCharacters.CodePointAt(value, i);
                i += codePoint > 0xFFFF ? 1 : 0;
                if (wanted(codePoint) && reported.Add(codePoint))
                {
                    found(Locate(file, source, scalar.Location, codePoint), codePoint);
                }
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
