using DocumentFormat.OpenXml.Wordprocessing;
using JobDescGen.Docx.Tests.Support;
using JobDescGen.Marking;
using JobDescGen.Testing;

namespace JobDescGen.Docx.Tests.Documents;

/// <summary>The Word structure an HR person relies on: styles, lists, the table, fields, properties, language.</summary>
public sealed class StructureTests
{
    private static List<Paragraph> Paragraphs(string level, out Body body)
    {
        var document = BundledDocx.Open(BundledDocx.Bytes(level));
        body = document.MainDocumentPart!.Document!.Body!;
        return [.. body.Elements<Paragraph>()];
    }

    private static string? StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    [Fact]
    public void Title_sections_and_areas_take_Words_heading_styles()
    {
        var paragraphs = Paragraphs("A1", out _);
        string[] Texts(string style) => [.. paragraphs.Where(p => StyleOf(p) == style).Select(DocxText.Of)];

        Assert.Equal(["Leidinggevende — Niveau A1"], Texts("Heading1"));
        Assert.Equal(["Doel", "Resultaatgebieden", "Onderscheidende criteria", "* Definitie"], Texts("Heading2"));
        // Result areas are run-in paragraphs with the outline level of a third-level heading.
        var areas = paragraphs.Where(p => p.ParagraphProperties?.OutlineLevel?.Val?.Value == 2).Select(DocxText.Of).ToList();
        Assert.Equal(6, areas.Count);
        Assert.StartsWith("Als coördinator de dagelijkse activiteiten", areas[0], StringComparison.Ordinal);
        Assert.Empty(Texts("Heading3"));
        Assert.Equal("Subtitle", StyleOf(paragraphs[1]));
        Assert.Equal(6, Texts("LeadIn").Length);
        Assert.All(Texts("LeadIn"), text => Assert.Equal("Voorbeelden van taken", text));
    }

    [Fact]
    public void The_heading_styles_are_the_built_in_ones_with_outline_levels()
    {
        using var document = BundledDocx.Open(BundledDocx.Bytes("A1"));
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);

        for (var level = 1; level <= 3; level++)
        {
            var style = styles["Heading" + level];
            Assert.Equal("heading " + level, style.StyleName!.Val!.Value);
            Assert.Equal(level - 1, style.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        }
    }

    [Fact]
    public void Task_lists_are_real_bullet_lists()
    {
        using var document = BundledDocx.Open(BundledDocx.Bytes("A1"));
        var body = document.MainDocumentPart!.Document!.Body!;
        var numbering = document.MainDocumentPart.NumberingDefinitionsPart!.Numbering!;
        var items = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.NumberingProperties is not null).ToList();
        var tasks = BundledDocuments.Document("A1").Description.ResultAreas.Sum(a => a.Tasks.Count);
        var definitions = BundledDocuments.Document("A1").Description.Definitions.Count;

        Assert.Equal(tasks + definitions, items.Count);
        var numberId = Assert.Single(items.Select(p => p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value).Distinct());
        var abstractId = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == numberId).AbstractNumId!.Val!.Value;
        var firstLevel = numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == abstractId).Elements<Level>().First();
        Assert.Equal(NumberFormatValues.Bullet, firstLevel.NumberingFormat!.Val!.Value);
        Assert.All(items, p => Assert.Equal(0, p.ParagraphProperties!.NumberingProperties!.NumberingLevelReference!.Val!.Value));
    }

    [Fact]
    public void An_ordered_list_restarts_at_its_own_number()
    {
        var writer = BundledDocx.Writer;
        var bytes = writer.Write(BundledDocuments.Mark("# T — Niveau A1\n\n1. een\n2. twee\n\ntekst\n\n3. drie\n4. vier\n"));
        using var document = BundledDocx.Open(bytes);
        var numbering = document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;
        var starts = numbering.Elements<NumberingInstance>().Select(n => n.GetFirstChild<LevelOverride>()?.StartOverrideNumberingValue?.Val?.Value).OfType<int>();

        Assert.Equal([1, 3], starts);
    }

    [Fact]
    public void The_criteria_table_repeats_its_header_and_keeps_rows_whole()
    {
        Paragraphs("A1", out var body);
        var table = Assert.Single(body.Elements<Table>());
        var rows = table.Elements<TableRow>().ToList();

        Assert.Equal(1 + BundledDocuments.Document("A1").Description.Criteria.Count, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.All(rows.Skip(1), row => Assert.Null(row.TableRowProperties!.GetFirstChild<TableHeader>()));
        Assert.All(rows, row => Assert.NotNull(row.TableRowProperties!.GetFirstChild<CantSplit>()));
        Assert.Equal(["Criterium", "Niveau A1"], rows[0].Elements<TableCell>().Select(DocxText.Of));
        Assert.Equal("Supervisie", DocxText.Of(rows[1].Elements<TableCell>().First()));
    }

    [Fact]
    public void The_footer_numbers_pages_with_fields_from_the_page_label()
    {
        using var document = BundledDocx.Open(BundledDocx.Bytes("A1"));
        var footer = Assert.Single(document.MainDocumentPart!.FooterParts).Footer!;
        var facts = BundledDocuments.Document("A1").Facts;

        Assert.Equal([" PAGE ", " NUMPAGES "], footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value));
        Assert.Equal(facts.FooterText + " Pagina 1 van 1", DocxText.Of(footer));
        var header = Assert.Single(document.MainDocumentPart.HeaderParts).Header!;
        Assert.Equal(facts.HeaderText, DocxText.Of(header));
    }

    [Fact]
    public void Properties_and_language_come_from_the_document_facts()
    {
        using var document = BundledDocx.Open(BundledDocx.Bytes("A1"));
        var facts = BundledDocuments.Document("A1").Facts;
        var properties = document.PackageProperties;

        Assert.Equal(facts.Title, properties.Title);
        Assert.Equal(facts.Subject, properties.Subject);
        Assert.Equal(facts.Author, properties.Creator);
        Assert.Equal(string.Join("; ", facts.Keywords), properties.Keywords);
        Assert.Equal("nl-BE", properties.Language);
        var defaults = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("nl-BE", defaults.Languages!.Val!.Value);
        var settings = document.MainDocumentPart.DocumentSettingsPart!.Settings!;
        Assert.Equal("nl-BE", settings.GetFirstChild<ThemeFontLanguages>()!.Val!.Value);
        Assert.NotNull(settings.GetFirstChild<AutoHyphenation>());
    }

    [Fact]
    public void The_notice_is_a_styled_note()
    {
        var notice = Assert.Single(Paragraphs("A1", out _), p => StyleOf(p) == "Notice");
        Assert.StartsWith("Omwille van de leesbaarheid", DocxText.Of(notice), StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_blocks_of_optional_areas_carry_the_dashed_bar()
    {
        var document = BundledDocuments.Document("A1");
        var optionalTexts = document.Ast.Where(b => b.Mark().InOptionalArea).ToList();
        var barred = Paragraphs("A1", out _).Where(p => p.ParagraphProperties?.ParagraphBorders?.LeftBorder?.Val?.Value == BorderValues.Dashed).Select(DocxText.Of).ToList();

        Assert.NotEmpty(optionalTexts);
        Assert.Contains(barred, text => text.StartsWith("Als medewerker (facultatief) ", StringComparison.Ordinal));
        Assert.Contains(barred, text => text.StartsWith("Als kennisbeheerder (facultatief) ", StringComparison.Ordinal));
        Assert.DoesNotContain(barred, text => text.StartsWith("Als coördinator", StringComparison.Ordinal));
        Assert.All(barred, text => Assert.DoesNotContain("coördineren en/of aansturen", text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_reference_mark_links_to_the_bookmark_of_its_definition()
    {
        Paragraphs("A1", out var body);
        var link = Assert.Single(body.Descendants<Hyperlink>());
        var bookmark = Assert.Single(body.Descendants<BookmarkStart>());

        Assert.Equal("*", DocxText.Of(link));
        Assert.Equal("def_specialisatie", link.Anchor!.Value);
        Assert.Equal("def_specialisatie", bookmark.Name!.Value);
        Assert.StartsWith("specialisatie:", DocxText.Of((Paragraph)bookmark.Parent!), StringComparison.Ordinal);
    }

    [Fact]
    public void Soft_hyphens_become_optional_hyphens()
    {
        var bytes = BundledDocx.Writer.Write(BundledDocuments.Mark("# T — Niveau A1\n\nmede\u00ADwerkers\n"));
        using var document = BundledDocx.Open(bytes);
        var run = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Last().Elements<Run>().Single();

        Assert.Equal(["mede", "SoftHyphen", "werkers"], run.ChildElements.Select(e => e is Text t ? t.Text : e.GetType().Name));
    }

    [Fact]
    public void External_links_are_hyperlinks_with_their_address()
    {
        var bytes = BundledDocx.Writer.Write(BundledDocuments.Mark("# T — Niveau A1\n\nZie [de site](https://example.org/a) en <https://example.org/b>.\n"));
        using var document = BundledDocx.Open(bytes);
        var main = document.MainDocumentPart!;
        var links = main.Document!.Body!.Descendants<Hyperlink>().ToList();

        Assert.Equal(["de site", "https://example.org/b"], links.Select(DocxText.Of));
        Assert.Equal(["https://example.org/a", "https://example.org/b"], links.Select(l => main.HyperlinkRelationships.Single(r => r.Id == l.Id!.Value).Uri.OriginalString));
    }

    [Fact]
    public void The_font_is_Carlito_with_Calibri_as_its_metric_compatible_fallback()
    {
        using var document = BundledDocx.Open(BundledDocx.Bytes("A1"));
        var main = document.MainDocumentPart!;
        var fonts = main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!;
        var carlito = main.FontTablePart!.Fonts!.Elements<Font>().Single(f => f.Name == "Carlito");

        Assert.Equal(("Carlito", "Carlito"), (fonts.Ascii!.Value, fonts.HighAnsi!.Value));
        Assert.Equal("Calibri", carlito.AltName!.Val!.Value);
    }

    [Fact]
    public void A_french_document_takes_the_french_locale_and_page_label()
    {
        var dutch = BundledDocuments.Document("A1");
        var french = JobDescGen.Rendering.LanguagePackLoader.Load("fr", null, new JobDescGen.Diagnostics.DiagnosticBag())!;
        using var document = BundledDocx.Open(BundledDocx.Writer.Write(RenderedDocument.Create(dutch.Description, french, dutch.Markdown)));
        var main = document.MainDocumentPart!;

        Assert.Equal("fr-BE", document.PackageProperties.Language);
        Assert.Equal("fr-BE", main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!.Val!.Value);
        Assert.Equal("fr-BE", main.DocumentSettingsPart!.Settings!.GetFirstChild<ThemeFontLanguages>()!.Val!.Value);
        Assert.EndsWith(french.PageLabel(1, 1), DocxText.Of(main.FooterParts.Single().Footer!), StringComparison.Ordinal);
    }
}
