using JobDescGen.Marking;
using JobDescGen.Rendering;
using JobDescGen.Testing;
using JobDescGen.Tests.Support;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Xunit;

namespace JobDescGen.Tests.Marking;

/// <summary>
/// Only an asterisk right after a word of a criterion with references is a reference mark: "3 * 12"
/// is text, and "\*" is an asterisk that is text everywhere, after a word too.
/// </summary>
public sealed class LiteralAsteriskTests : IDisposable
{
    private const string Source = "Adviseert klanten* gericht (max. 3 * 12 maanden, tarief\\* per uur).";
    private const string Shown = "Adviseert klanten* gericht (max. 3 * 12 maanden, tarief* per uur).";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("jobdescgen-asterisk-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Theory]
    [InlineData("gespecialiseerd*", 1)]
    [InlineData("max. 3 * 12 maanden", 0)]
    [InlineData("3*12", 0)]
    [InlineData("tarief\\* en *vet*", 1)]
    [InlineData("specialisatie* en expertise*", 2)]
    public void The_rule_counts_only_asterisks_right_after_a_letter(string text, int marks) =>
        Assert.Equal(marks, ReferenceMarkRule.Count(text));

    [Fact]
    public void A_literal_asterisk_reads_back_as_an_asterisk_from_the_markdown()
    {
        var markdown = MarkdownEscaper.EscapeProfileText("tarief\\* en 3 \\* 12 of 3 * 12");

        Assert.Equal("tarief&#42; en 3 \\* 12 of 3 \\* 12", markdown);
        Assert.Equal("tarief* en 3 * 12 of 3 * 12", TextNormalizer.MarkdownToText(markdown));
    }

    [Fact]
    public void A_criterion_with_a_mark_a_product_and_an_escaped_asterisk_validates_and_has_one_mark()
    {
        var profiles = FolderCopy.Copy(RepoPaths.Of("tests", "JobDescGen.Tests", "Corpus", "13-marker-without-reference", "profiles"), Path.Combine(_folder.FullName, "profiles"));
        File.WriteAllText(
            Path.Combine(profiles, "rol", "levels", "B.yaml"),
            $"level: B\ncriteria:\n  autonomie:\n    text: {{ nl: Organiseert het eigen werk. }}\n  contacten:\n    text: {{ nl: \"{Source.Replace("\\", "\\\\", StringComparison.Ordinal)}\" }}\n    references: [dossier]\n");

        var document = BundledDocuments.Generate(BundledDocuments.LoadProfile(Path.Combine(profiles, "rol")), "B").Required;

        Assert.Contains("Adviseert klanten\\* gericht (max. 3 \\* 12 maanden, tarief&#42; per uur).", document.Markdown, StringComparison.Ordinal);
        var row = document.Ast.Descendants<TableRow>().Single(r => r.Criterion()?.Id == "contacten");
        Assert.Single(row.Descendants<ReferenceMarkInline>());
        var cell = (TableCell)row[1];
        Assert.Equal(Shown, PlainText.Of(((ParagraphBlock)cell[0]).Inline));
    }

    [Fact]
    public void A_literal_asterisk_is_an_asterisk_in_the_title_header_properties_and_page_title()
    {
        var profiles = FolderCopy.Copy(RepoPaths.Profiles, Path.Combine(_folder.FullName, "profiles"));
        var file = Path.Combine(profiles, "leidinggevende", "profile.yaml");
        var yaml = File.ReadAllText(file);
        var edited = yaml.Replace("title:\n  nl: Leidinggevende\n", "title:\n  nl: \"Leidinggevende tarief\\\\* 3\"\n", StringComparison.Ordinal);
        Assert.NotEqual(yaml, edited);
        File.WriteAllText(file, edited);

        var facts = BundledDocuments.Generate(BundledDocuments.LoadProfile(Path.Combine(profiles, "leidinggevende")), "A1").Required.Facts;

        Assert.Equal("Leidinggevende tarief* 3 — Niveau A1", facts.Title);
        Assert.Equal(facts.Title, facts.HeaderText);
        Assert.Contains("Leidinggevende tarief* 3", facts.Keywords);
        var html = CliRun.Of("generate", "--profiles", profiles, "--level", "A1", "--format", "html", "-o", "-").Output;
        Assert.Contains("<title>Leidinggevende tarief* 3 — Niveau A1</title>", html, StringComparison.Ordinal);
    }
}
