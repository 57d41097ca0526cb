using JobDescGen.Cli;
using JobDescGen.Generation;
using JobDescGen.Marking;
using JobDescGen.Model;
using JobDescGen.Pdf.Tests.Support;
using JobDescGen.Rendering;
using JobDescGen.Testing;
using JobDescGen.Writing;

namespace JobDescGen.Pdf.Tests.Documents;

/// <summary>
/// A heading never splits, so one taller than a page ran over the footer and off the page: exit 0
/// and a silently shortened PDF. Each text that can exceed a page either keeps every word in the
/// PDF or stops with an error that names it; no case may end in a cut document.
/// </summary>
public sealed class TallHeadingTests : IDisposable
{
    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("jobdescgen-tall-");

    public void Dispose() => _scratch.Delete(recursive: true);

    [Fact]
    public void A_title_taller_than_a_page_is_an_error_that_names_it_and_says_to_shorten_it()
    {
        var profile = Profile("title:\n  nl: Leidinggevende", "title:\n  nl: Leidinggevende " + Words("woord", 600));

        var error = Assert.Throws<DocumentWriteException>(() => Write(BundledDocuments.Generate(profile, "A1").Required));

        Assert.Contains("the title \"Leidinggevende woord0 woord1 woord2 woord3 woord4 woord5 woord6 …\" with the line under it is ", error.Diagnostic.Message, StringComparison.Ordinal);
        Assert.Matches(@"is \d{4} pt tall at 383 pt wide, more than the 709 pt an empty page has for it", error.Diagnostic.Message);
        Assert.Contains("shorten the title", error.Diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_title_that_fits_on_a_page_keeps_every_word_and_the_line_under_it()
    {
        var profile = Profile("title:\n  nl: Leidinggevende", "title:\n  nl: Leidinggevende " + Words("woord", 50));

        var text = PdfText.Words(Write(BundledDocuments.Generate(profile, "A1").Required));

        Assert.All(Enumerable.Range(0, 50), i => Assert.Contains($" woord{i} ", text, StringComparison.Ordinal));
        Assert.Contains("Niveau A1", text, StringComparison.Ordinal);
        Assert.Contains("Versie 1.0", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_taller_than_a_page_is_an_error_in_the_overview_where_it_is_a_heading()
    {
        var profile = Profile("role: { nl: coördinator }", "role: { nl: coördinator " + Words("rol", 700) + " }");
        var overview = new JobDescriptionGenerator(new TemplateSource(null), BundledDocuments.PinnedDate).GenerateOverview(profile, "nl").Required;

        var error = Assert.Throws<DocumentWriteException>(() => Write(overview));

        Assert.Contains("the heading \"Als coördinator rol0 rol1 rol2 rol3 rol4 rol5 …\" is ", error.Diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("shorten that heading", error.Diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_taller_than_a_page_keeps_every_word_in_a_level_where_it_runs_into_its_statement()
    {
        var profile = Profile("role: { nl: coördinator }", "role: { nl: coördinator " + Words("rol", 700) + " }");

        var text = PdfText.ContentWords(Write(BundledDocuments.Generate(profile, "A1").Required));

        Assert.Contains(Words("rol", 700), text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_heading_taller_than_a_page_is_an_error_that_names_it()
    {
        var markdown = "# Titel\n\nVersie 1\n\n## " + Words("kop", 700) + "\n\nTekst.\n";

        var error = Assert.Throws<DocumentWriteException>(() => Write(BundledDocuments.Mark(markdown)));

        Assert.Contains("the heading \"kop0 kop1 kop2 kop3 kop4 kop5 kop6 kop7 …\" is ", error.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_header_row_taller_than_a_page_is_an_error_that_names_the_table()
    {
        var markdown = "# Titel\n\n| " + Words("kolom", 700) + " | B |\n| --- | --- |\n| x | y |\n";

        var error = Assert.Throws<DocumentWriteException>(() => Write(BundledDocuments.Mark(markdown)));

        Assert.Contains("the table with the header row \"kolom0 kolom1 kolom2", error.Diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("shorten the table's column headers", error.Diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_name_taller_than_a_page_in_a_wide_table_keeps_every_word()
    {
        // Beyond four data columns a table becomes one block per row, the row's name a small heading that splits like text.
        var markdown = "# Titel\n\n| Criterium | C | B | A1 | A2 | A3 |\n| --- | --- | --- | --- | --- | --- |\n| " + Words("naam", 700) + " | c | b | a1 | a2 | a3 |\n";

        var text = PdfText.ContentWords(Write(BundledDocuments.Mark(markdown)));

        Assert.Contains(Words("naam", 700), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_stops_with_exit_1_a_located_error_and_no_file_for_a_title_taller_than_a_page()
    {
        Profile("title:\n  nl: Leidinggevende", "title:\n  nl: Leidinggevende " + Words("woord", 600));
        var output = _scratch.CreateSubdirectory("out");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = CliApp.Run(["generate", "leidinggevende", "--profiles", Path.Combine(_scratch.FullName, "profiles"), "--level", "A1", "--format", "pdf", "--output", output.FullName + "/"], stdout, stderr);

        Assert.Equal(1, exit);
        Assert.Contains("theme.yaml: error: the PDF cannot hold this document: the title \"Leidinggevende woord0", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("hint: shorten the title", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.GetFiles());
    }

    private static string Words(string prefix, int count) => string.Join(" ", Enumerable.Range(0, count).Select(i => $"{prefix}{i}"));

    private static byte[] Write(RenderedDocument document) => new PdfDocumentWriter(BundledPdfs.Theme).Write(document);

    /// <summary>The bundled profiles copied to the scratch folder, <paramref name="from"/> replaced once in the profile.</summary>
    private RoleProfile Profile(string from, string to)
    {
        var root = Path.Combine(_scratch.FullName, "profiles");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Profiles, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(RepoPaths.Profiles, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var profile = Path.Combine(root, "leidinggevende", "profile.yaml");
        var yaml = File.ReadAllText(profile);
        Assert.Contains(from, yaml, StringComparison.Ordinal);
        var at = yaml.IndexOf(from, StringComparison.Ordinal);
        File.WriteAllText(profile, yaml[..at] + to + yaml[(at + from.Length)..]);
        return BundledDocuments.LoadProfile(Path.Combine(root, "leidinggevende"));
    }
}
