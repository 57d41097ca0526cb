using JobDescGen.Cli;
using JobDescGen.Testing;
using Xunit;

namespace JobDescGen.Tests.Corpus;

/// <summary>
/// One broken profile per kind of mistake (folders beside this file). Each folder's expected.txt is
/// what <c>jobdescgen validate</c> prints for it (file:line:column, message, source line, caret,
/// hint) and the exit code; paths are shown relative to the case folder. A case's arguments.txt
/// holds options added to the command line (<c>--strict</c>).
/// </summary>
public sealed class BrokenProfileCorpusTests
{
    private static string CorpusFolder => RepoPaths.Of("tests", "JobDescGen.Tests", "Corpus");

    public static TheoryData<string> Cases() =>
        new(Directory.GetDirectories(CorpusFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    /// <summary>Each kind of mistake the README lists under "What is checked", the case that shows it, and the message that proves the case shows that kind.</summary>
    private static readonly (string Case, string Message)[] Kinds =
    [
        ("01-yaml-syntax", "error: YAML syntax error"),
        ("02-unknown-key", "error: unknown key 'tilte'"),
        ("03-missing-required-field", "error: missing required field 'purpose'"),
        ("04-wrong-type", "error: 'date' is not a date"),
        ("05-duplicate-ids", "error: duplicate criterion id 'autonomie'"),
        ("05-duplicate-ids", "error: duplicate key 'title'"),
        ("06-unknown-level", "error: unknown level 'A6'"),
        ("07-missing-criterion-statement", "error: level B has no statement for criterion 'contacten'"),
        ("08-unreferenced-definition", "error: definition 'klant' is not referenced by any criterion"),
        ("09-reference-without-definition", "error: reference to 'dosier', which has no definition"),
        ("10-empty-list", "error: 'criteria' is an empty list"),
        ("11-unknown-criterion", "error: unknown criterion 'autonomy'"),
        ("12-missing-translation", "error: 'criteria.autonomie.text' has no 'fr' text"),
        ("13-marker-without-reference", "marks a term with '*' but lists no references"),
        ("14-template-unknown-variable", "error: template error:"),
        ("15-template-syntax-error", "error: template syntax error:"),
        ("16-not-utf8", "error: the file is not UTF-8 text"),
        ("17-tab-indentation", "error: YAML syntax error: a tab is used for indentation"),
        ("18-undeclared-language", "is not a language code"),
        ("19-id-differs-from-folder", "differs from its folder name"),
        ("20-misnamed-profile-file", "error: the profile folder has no profile.yaml"),
        ("22-literal-asterisks", "error: the text ('nl') marks 2 terms with '*' but lists 1 reference"),
        ("04-wrong-type", "hint: write true or false instead of 'ja'"),
        ("06-unknown-level", "to use 'A6', add '- id: A6' with its 'name' to profiles/levels.yaml"),
        ("07-missing-criterion-statement", "B.yaml:2:1: error: level B has no statement for criterion 'contacten'\n  criteria:\n"),
        ("12-missing-translation", "error: result area 'uitvoerder', task 1 has no 'fr' text"),
        ("23-syntax-error-first", "profile.yaml:4:7: error: YAML syntax error"),
        ("24-unknown-level-near", "hint: did you mean 'A1'? Or, for a new level, add '- id: A11' with its 'name' to profiles/levels.yaml"),
        ("40-unknown-task", "error: unknown task 'dosiers' in result area 'uitvoerder'"),
        ("21-comment-cuts-text", "error: the text is cut here: YAML reads ' #' and the rest of the line as a comment"),
        ("30-characters", "warning: none of the PDF's fonts (Carlito, DejaVu Sans, Symbola) has U+1F979 FACE HOLDING BACK TEARS"),
        ("30-characters", "error: the text holds the control character U+009B"),
    ];

    [Fact]
    public void Every_kind_of_mistake_has_a_case_whose_expected_output_shows_it_and_every_case_is_accounted_for()
    {
        var folders = Directory.GetDirectories(CorpusFolder).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, message) in Kinds)
        {
            Assert.Contains(name, folders);
            var expected = File.ReadAllText(Path.Combine(CorpusFolder, name, "expected.txt"));
            Assert.Contains(message, expected, StringComparison.Ordinal);
            Assert.EndsWith("exit code: 1\n", expected, StringComparison.Ordinal);
        }

        Assert.Empty(folders.Except(Kinds.Select(k => k.Case)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_reports_the_expected_diagnostics(string name)
    {
        var folder = Path.Combine(CorpusFolder, name);
        Assert.Equal(File.ReadAllText(Path.Combine(folder, "expected.txt")), Validate(folder));
    }

    /// <summary>Runs validate on a case folder and returns what it printed plus the exit code.</summary>
    public static string Validate(string folder)
    {
        var args = new List<string> { "validate", Path.Combine(folder, "profiles") };
        if (Directory.Exists(Path.Combine(folder, "templates")))
        {
            args.AddRange(["--templates", Path.Combine(folder, "templates")]);
        }

        var arguments = Path.Combine(folder, "arguments.txt");
        if (File.Exists(arguments))
        {
            args.AddRange(File.ReadAllText(arguments).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }

        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run([.. args], output, error);
        return (error.ToString() + output + $"exit code: {exit}\n").Replace(folder + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);
    }
}
