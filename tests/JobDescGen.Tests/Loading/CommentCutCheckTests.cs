using JobDescGen.Cli;
using JobDescGen.Diagnostics;
using JobDescGen.Loading.Yaml;
using JobDescGen.Testing;
using Xunit;

namespace JobDescGen.Tests.Loading;

public sealed class CommentCutCheckTests
{
    private static List<Diagnostic> Read(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        YamlDocumentReader.Read("f.yaml", yaml, diagnostics);
        return [.. diagnostics];
    }

    [Fact]
    public void A_text_cut_at_a_hash_that_touches_a_number_is_a_warning_at_the_hash_with_the_quoted_text()
    {
        var diagnostic = Assert.Single(Read("tasks:\n  - nl: Taken toewijzen via het ticketsysteem (#4521, #4522 …) rekening houdend …\n"));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(new SourceLocation("f.yaml", 2, 55), diagnostic.Location);
        Assert.Equal("the text is cut here: YAML reads ' #' and the rest of the line as a comment", diagnostic.Message);
        Assert.Equal("quote the text: \"Taken toewijzen via het ticketsysteem (#4521, #4522 …) rekening houdend …\"", diagnostic.Hint);
    }

    [Theory]
    [InlineData("title: Teamleider (zie # hieronder)\n")]
    [InlineData("title: Teamleider, # en meer\n")]
    [InlineData("title: Teamleider #team\n")]
    public void A_comment_that_continues_the_text_is_reported(string yaml) =>
        Assert.Single(Read(yaml));

    [Theory]
    [InlineData("# a comment on its own line\ntitle: Teamleider\n")]
    [InlineData("title:   # the role's name\n  nl: Teamleider\n")]
    [InlineData("title: Teamleider   # the role's name\n")]
    [InlineData("title: Teamleider # the role's name\n")]
    [InlineData("title: \"Teamleider (\"  #4521\n")]
    [InlineData("title: >-  #4521\n  Teamleider (#4521)\n")]
    [InlineData("optional: true  # marks it facultatief\n")]
    [InlineData("label: En tant qu'          # before a vowel\n")]
    [InlineData("tasks:\n  - Plannen;   # the first task\n  - Opvolgen.\n")]
    public void Comments_written_as_comments_are_not_reported(string yaml) =>
        Assert.Empty(Read(yaml));

    [Fact]
    public void A_key_followed_by_a_hash_comment_is_not_a_cut_text() =>
        Assert.Empty(Read("title: #4521\n"));

    [Fact]
    public void The_quoted_fix_escapes_quotes_and_backslashes()
    {
        var diagnostic = Assert.Single(Read("title: Zeg \"ja\" in C:\\map #1\n"));
        Assert.Equal("quote the text: \"Zeg \\\"ja\\\" in C:\\\\map #1\"", diagnostic.Hint);
    }

    [Fact]
    public void The_bundled_profiles_templates_and_theme_with_their_comments_give_no_warning()
    {
        var files = Directory.EnumerateFiles(RepoPaths.Profiles, "*.yaml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(RepoPaths.Of("templates"), "*.yaml", SearchOption.AllDirectories))
            .ToList();
        Assert.True(files.Count >= 8, string.Join(", ", files));
        foreach (var file in files)
        {
            var diagnostics = new DiagnosticBag();
            Assert.NotNull(YamlDocumentReader.Read(file, File.ReadAllText(file), diagnostics));
            Assert.Empty(diagnostics);
        }
    }

    [Fact]
    public void Validate_warns_and_exits_0_and_under_strict_reports_an_error_and_exits_1()
    {
        var profiles = RepoPaths.Of("tests", "JobDescGen.Tests", "Corpus", "21-comment-cuts-text", "profiles");
        var (exit, stderr) = Validate(profiles);
        Assert.Equal(0, exit);
        Assert.Contains("profile.yaml:19:59: warning: the text is cut here", stderr, StringComparison.Ordinal);

        (exit, stderr) = Validate(profiles, "--strict");
        Assert.Equal(1, exit);
        Assert.Contains("profile.yaml:19:59: error: the text is cut here", stderr, StringComparison.Ordinal);
    }

    private static (int Exit, string Stderr) Validate(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(["validate", .. args], stdout, stderr);
        return (exit, stderr.ToString());
    }

    // The fuzz harness found this text (a BOM, a cut line, then many '---' documents): the parser
    // reads it, but YamlDotNet's scanner, run again with comments, spun on it without end.
    [Fact]
    public void A_text_on_which_the_comment_scanner_spins_is_read_to_an_end()
    {
        var yaml = File.ReadAllText(RepoPaths.Of("tests", "Fixtures", "fuzz-found", "comment-scanner-spin.yaml"));

        var diagnostics = Read(yaml);

        Assert.Equal(
            ["f.yaml:19:59: warning: the text is cut here: YAML reads ' #' and the rest of the line as a comment",
             "f.yaml:26:1: error: the file holds more than one YAML document"],
            diagnostics.Select(d => d.Headline).Order(StringComparer.Ordinal));
    }
}
