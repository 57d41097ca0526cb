using JobDescGen.Jobs;
using JobDescGen.Marking;
using JobDescGen.Testing;
using Markdig.Syntax;
using Xunit;

namespace JobDescGen.Tests.Jobs;

/// <summary>The example job's document: the twelve rubrics in the model's order, the generic level inside it, and its marks.</summary>
public sealed class JobDocumentTests
{
    private static readonly string[] Headings =
    [
        "1. Identificatie van de functie", "2. Doel van de functie", "3. Resultaatgebieden", "4. Netwerkelementen",
        "5. Organogram", "6. Positionering", "7. Autonomie", "8. Impact", "9. Technische expertise", "10. Innovatie",
        "11. Generiek competentieprofiel", "12. Specifieke context van de functie", "Onderscheidende criteria", "*Definitie",
    ];

    [Fact]
    public void The_example_job_renders_as_approved() =>
        Snapshot.Match(BundledJob.Markdown, BundledJob.Id, "md");

    [Fact]
    public void Every_rubric_is_filled_in_and_they_come_in_the_models_order()
    {
        var headings = BundledJob.Document.Ast.OfType<HeadingBlock>().Where(h => h.Level == 2).Select(h => PlainText.Of(h.Inline).Trim()).ToList();
        Assert.Equal(Headings, headings);
        Assert.Equal(Enumerable.Range(1, 12), JobRubric.All.Select(r => r.Number));
    }

    [Fact]
    public void Rubric_headings_are_marked_with_their_section_and_the_generic_parts_keep_their_marks()
    {
        var sections = BundledJob.Document.Ast.Where(b => b.Mark().Role == BlockRole.SectionHeading).Select(b => b.Mark().Section).ToList();
        Assert.Equal(
            [
                SectionKind.Identification, SectionKind.Purpose, SectionKind.ResultAreas, SectionKind.Network, SectionKind.Organogram,
                SectionKind.Positioning, SectionKind.Autonomy, SectionKind.Impact, SectionKind.Knowledge, SectionKind.Innovation,
                SectionKind.Competencies, SectionKind.Context, SectionKind.Criteria, SectionKind.Definitions,
            ],
            sections);
        var roles = BundledJob.Document.Ast.Select(b => b.Mark()).ToList();
        Assert.Equal(2, roles.Count(m => m.Role == BlockRole.PurposeStatement));
        Assert.Equal(["coordinator", "coach", "interne-contactpersoon", "extern-contactpersoon", "kennisbeheerder"], roles.Where(m => m.Role == BlockRole.AreaStatement).Select(m => m.Area!.Id));
        Assert.Equal(5, roles.Count(m => m.Role == BlockRole.TaskList));
        Assert.Single(roles, m => m.Role == BlockRole.CriteriaTable);
        Assert.Equal(BlockRole.Byline, roles[1].Role);
        Assert.Equal(BlockRole.Notice, roles[2].Role);
        Assert.All(roles.Where(m => m.Section == SectionKind.Network && m.Role != BlockRole.SectionHeading), m => Assert.Null(m.Area));
    }

    [Fact]
    public void The_job_changes_the_generic_tasks_as_it_says_and_keeps_only_the_optional_area_it_chose()
    {
        var areas = BundledJob.Document.Description.ResultAreas;
        Assert.DoesNotContain(areas, a => a.Id == "medewerker");
        var coordinator = areas.Single(a => a.Id == "coordinator").Tasks;
        Assert.Equal("De maandelijkse afsluiting van de weddeberekening plannen en de timing ervan bewaken;", coordinator[3]);
        Assert.DoesNotContain("De taken verdelen onder de teamleden rekening houdend met de werklast;", coordinator);
        Assert.StartsWith("De dossiers (indiensttredingen", coordinator[5], StringComparison.Ordinal);
        var external = areas.Single(a => a.Id == "extern-contactpersoon").Tasks;
        Assert.StartsWith("Afspraken maken met het sociaal secretariaat", external[0], StringComparison.Ordinal);
        Assert.DoesNotContain("De briefwisseling verzorgen (brieven, mails, nota’s);", external);
    }

    [Fact]
    public void The_document_is_titled_by_the_job_and_dated_by_its_creation_date()
    {
        var facts = BundledJob.Document.Facts;
        Assert.Equal("Teamleider Personeelsadministratie — Niveau A1", facts.Title);
        Assert.Equal(new DateOnly(2026, 11, 30), facts.Date);
        Assert.Equal("FOD Beleid en Ondersteuning", facts.Author);
    }
}
