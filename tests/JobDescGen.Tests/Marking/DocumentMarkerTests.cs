using JobDescGen.Marking;
using JobDescGen.Testing;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Xunit;

namespace JobDescGen.Tests.Marking;

/// <summary>The meaning the document marker attaches to the bundled documents and to hand-written Markdown.</summary>
public sealed class DocumentMarkerTests
{
    private static List<(BlockRole Role, string Text)> Roles(RenderedDocument document) =>
        [.. document.Ast.Select(b => (b.Mark().Role, Text(b)))];

    private static string Text(Block block) => block switch
    {
        LeafBlock leaf => PlainText.Of(leaf.Inline),
        ContainerBlock container => string.Join(" ", container.Select(Text)),
        _ => string.Empty,
    };

    [Fact]
    public void The_bundled_A1_document_is_marked_part_by_part_in_order()
    {
        var roles = Roles(BundledDocuments.Document("A1")).Select(r => r.Role).ToList();

        // Title, byline, notice; purpose; six areas (statement with its title run in, lead-in, tasks); criteria; definitions.
        BlockRole[] area = [BlockRole.AreaStatement, BlockRole.LeadIn, BlockRole.TaskList];
        BlockRole[] expected =
        [
            BlockRole.Title, BlockRole.Byline, BlockRole.Notice,
            BlockRole.SectionHeading, BlockRole.PurposeStatement,
            BlockRole.SectionHeading, .. area, .. area, .. area, .. area, .. area, .. area,
            BlockRole.SectionHeading, BlockRole.CriteriaTable,
            BlockRole.SectionHeading, BlockRole.DefinitionList,
        ];
        Assert.Equal(expected, roles);
    }

    [Fact]
    public void Sections_are_recognised_by_the_languages_labels()
    {
        var sections = BundledDocuments.Document("A1").Ast
            .Where(b => b.Mark().Role == BlockRole.SectionHeading)
            .Select(b => b.Mark().Section);

        Assert.Equal([SectionKind.Purpose, SectionKind.ResultAreas, SectionKind.Criteria, SectionKind.Definitions], sections);
    }

    [Fact]
    public void Each_area_block_knows_its_area_and_only_the_optional_ones_say_so()
    {
        var document = BundledDocuments.Document("A1");
        var headings = document.Ast.Where(b => b.Mark().RunInLead).Select(b => b.Mark().Area!).ToList();

        Assert.Equal(document.Description.ResultAreas.Select(a => a.Id), headings.Select(a => a.Id));
        Assert.Equal(["medewerker", "kennisbeheerder"], headings.Where(a => a.Optional).Select(a => a.Role));
        foreach (var block in document.Ast.Where(b => b.Mark().Role is BlockRole.AreaStatement or BlockRole.LeadIn or BlockRole.TaskList))
        {
            Assert.NotNull(block.Mark().Area);
        }
    }

    [Fact]
    public void Every_criteria_row_names_its_criterion()
    {
        var document = BundledDocuments.Document("B");
        var table = Assert.Single(document.Ast.OfType<Table>());
        var criteria = table.OfType<TableRow>().Where(r => !r.IsHeader).Select(r => r.Criterion()?.Id).ToList();

        Assert.Equal(document.Description.Criteria.Select(c => c.Id), criteria);
    }

    [Theory]
    [InlineData("C", 0)]
    [InlineData("B", 0)]
    [InlineData("A1", 1)]
    [InlineData("A2", 1)]
    public void Reference_marks_are_found_exactly_where_a_level_references_a_definition(string level, int marks)
    {
        var document = BundledDocuments.Document(level);
        var table = Assert.Single(document.Ast.OfType<Table>());
        var found = table.Descendants<ParagraphBlock>().SelectMany(p => p.Inline!.Descendants<ReferenceMarkInline>()).ToList();

        Assert.Equal(marks, found.Count);
        Assert.All(found, mark => Assert.Equal(DefinitionMark.AnchorOf(Assert.Single(document.Description.Definitions).Id), mark.TargetAnchor));
    }

    [Fact]
    public void The_definitions_heading_carries_the_target_mark_and_its_items_their_definition()
    {
        var document = BundledDocuments.Document("A2");
        var heading = document.Ast.OfType<HeadingBlock>().Single(h => h.Mark().Section == SectionKind.Definitions);
        var list = document.Ast.OfType<ListBlock>().Single(l => l.Mark().Role == BlockRole.DefinitionList);

        Assert.True(Assert.IsType<ReferenceMarkInline>(heading.Inline!.FirstChild).IsTarget);
        Assert.Equal("Definitie", PlainText.Of(heading.Inline).TrimStart('*', ' '));
        Assert.Equal(document.Description.Definitions.Select(d => d.Id), list.OfType<ListItemBlock>().Select(i => i.Definition()?.Id));
    }

    [Fact]
    public void Criteria_that_share_a_name_mark_their_rows_in_order()
    {
        var a1 = BundledDocuments.Document("A1");
        var criteria = a1.Description.Criteria.ToList();
        criteria[1] = criteria[1] with { Name = criteria[0].Name };
        var markdown = a1.Markdown.Replace($"| {a1.Description.Criteria[1].Name} |", $"| {criteria[0].Name} |", StringComparison.Ordinal);

        var document = RenderedDocument.Create(a1.Description with { Criteria = criteria }, a1.Language, markdown);
        var table = document.Ast.OfType<Table>().Single();

        Assert.Equal(criteria.Select(c => c.Id), table.OfType<TableRow>().Where(r => !r.IsHeader).Select(r => r.Criterion()?.Id));
    }

    [Fact]
    public void An_asterisk_that_follows_no_word_stays_text()
    {
        var document = BundledDocuments.Mark("## Onderscheidende criteria\n\n| Criterium | A1 |\n| --- | --- |\n| Medewerkers | gespecialiseerd\\* voor max. 3 \\* 12 maanden |\n");
        var cell = Assert.Single(document.Ast.OfType<Table>()).Descendants<ParagraphBlock>().Last();

        Assert.Single(cell.Inline!.Descendants<ReferenceMarkInline>());
        Assert.Equal("gespecialiseerd* voor max. 3 * 12 maanden", PlainText.Of(cell.Inline));
    }

    [Fact]
    public void A_criterion_without_references_gets_no_mark_even_after_a_word()
    {
        var document = BundledDocuments.Mark("| Criterium | A1 |\n| --- | --- |\n| Supervisie | woord\\* hier |\n");

        Assert.Empty(document.Ast.Descendants<ReferenceMarkInline>());
    }

    [Fact]
    public void A_user_template_that_reorders_and_runs_the_area_title_in_is_still_understood()
    {
        // No byline, the criteria first, each area as one paragraph with a bold run-in lead.
        var markdown = """
            # Leidinggevende

            Een inleiding van de dienst zonder datum.

            ## Onderscheidende criteria

            | Criterium | Niveau A1 |
            | --- | --- |
            | Supervisie | tekst |

            ## Resultaatgebieden

            **Als coördinator** de dagelijkse activiteiten coördineren.

            **Als medewerker (facultatief)** taken uitvoeren.
            """;
        var roles = Roles(BundledDocuments.Mark(markdown));

        Assert.Equal(
            [BlockRole.Title, BlockRole.Body, BlockRole.SectionHeading, BlockRole.CriteriaTable, BlockRole.SectionHeading, BlockRole.AreaStatement, BlockRole.AreaStatement],
            roles.Select(r => r.Role));
        var leads = BundledDocuments.Mark(markdown).Ast.Where(b => b.Mark().RunInLead).Select(b => b.Mark().Area!).ToList();
        Assert.Equal(["coordinator", "medewerker"], leads.Select(a => a.Id));
        Assert.True(leads[1].Optional);
    }

    [Fact]
    public void A_line_under_the_title_is_a_byline_only_when_it_shows_the_documents_facts()
    {
        Assert.Equal(BlockRole.Byline, BundledDocuments.Mark("# T\n\nDatum 28 november 2026").Ast[1].Mark().Role);
        Assert.Equal(BlockRole.Byline, BundledDocuments.Mark("# T\n\nVersie 1.0").Ast[1].Mark().Role);
        Assert.Equal(BlockRole.Body, BundledDocuments.Mark("# T\n\nEen inleiding.").Ast[1].Mark().Role);
        Assert.Equal(BlockRole.Body, BundledDocuments.Mark("# T\n\nVersie 1.0  \nen een tweede regel").Ast[1].Mark().Role);
    }

    [Fact]
    public void A_quote_after_the_first_section_is_no_notice()
    {
        var roles = Roles(BundledDocuments.Mark("# T\n\n> Let op.\n\n## Doel\n\n> Een citaat."));

        Assert.Equal([BlockRole.Title, BlockRole.Notice, BlockRole.SectionHeading, BlockRole.Body], roles.Select(r => r.Role));
    }

    [Fact]
    public void The_facts_come_from_the_data_and_the_labels()
    {
        var facts = BundledDocuments.Document("A1").Facts;

        Assert.Equal("Leidinggevende — Niveau A1", facts.Title);
        Assert.Equal("nl", facts.Language);
        Assert.Equal("nl-BE", facts.Locale);
        Assert.Contains("coördinator", facts.Keywords);
        Assert.Contains("28 november 2026", facts.FooterText, StringComparison.Ordinal);
        Assert.Equal(facts.Keywords.Distinct().Count(), facts.Keywords.Count);
    }
}
