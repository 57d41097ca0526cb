using JobDescGen.Html.Tests.Support;
using JobDescGen.Testing;

namespace JobDescGen.Html.Tests.Overview;

/// <summary>The overview read back from its HTML, parsed as a browser parses it: every level's statement of every criterion in its own cell.</summary>
public sealed class HtmlOverviewFidelityTests
{
    private static readonly Lazy<string> Html = new(() => HtmlPages.Html(BundledDocuments.Overview()));

    [Fact]
    public void Every_criterion_statement_of_every_level_is_in_its_own_cell_once()
    {
        var table = HtmlPages.Parse(Html.Value).QuerySelector("table.criteria")!;

        Assert.Equal(["Criterium", .. BundledDocuments.Levels.Select(l => "Niveau " + l)], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        var rows = table.QuerySelectorAll("tbody tr").ToList();
        var profile = BundledDocuments.Profile;
        Assert.Equal(profile.Criteria.Count, rows.Count);
        for (var row = 0; row < rows.Count; row++)
        {
            Assert.Equal(profile.Criteria[row].Name.Get("nl"), rows[row].QuerySelector("th")!.TextContent);
            var cells = rows[row].QuerySelectorAll("td").Select(td => TextNormalizer.Collapse(td.TextContent)).ToList();
            Assert.Equal(BundledDocuments.Levels.Length, cells.Count);
            for (var column = 0; column < cells.Count; column++)
            {
                var text = TextNormalizer.Collapse(BundledDocuments.Document(BundledDocuments.Levels[column]).Description.Criteria[row].Text);
                Assert.StartsWith(text, cells[column], StringComparison.Ordinal);
                Assert.Equal(1, cells[column].Split(text).Length - 1);
            }
        }
    }

    [Fact]
    public void Every_seed_sentence_is_on_the_page_and_the_common_text_once()
    {
        var text = HtmlPages.VisibleText(HtmlPages.Parse(Html.Value));

        Assert.Empty(SeedSentences.All.Where(s => !text.Contains(s.Sentence, StringComparison.Ordinal)).Select(s => s.Sentence));
        foreach (var task in BundledDocuments.Document("A1").Description.ResultAreas.SelectMany(a => a.Tasks))
        {
            Assert.Equal(1, text.Split(TextNormalizer.Collapse(task)).Length - 1);
        }
    }

    [Fact]
    public void The_matrix_scrolls_in_its_own_focusable_named_region_and_a_level_table_does_not()
    {
        var region = HtmlPages.Parse(Html.Value).QuerySelector("table.criteria")!.ParentElement!;

        Assert.Equal(("region", "0", "Onderscheidende criteria — Overzicht van de niveaus"), (region.GetAttribute("role"), region.GetAttribute("tabindex"), region.GetAttribute("aria-label")));
        Assert.Contains("table-scroll", region.ClassList);
        Assert.Null(HtmlPages.Page("A1").QuerySelector(".table-scroll"));
    }
}
