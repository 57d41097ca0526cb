using JobDescGen.Html.Tests.Support;
using JobDescGen.Testing;

namespace JobDescGen.Html.Tests.Structure;

public sealed class CriteriaTableTests
{
    private static readonly string[] Criteria = ["Supervisie", "Coördinatie", "Medewerkers", "Verbetering", "Oplossingen", "Contacten"];

    public static TheoryData<string> Levels() => new(BundledDocuments.Levels);

    [Theory]
    [MemberData(nameof(Levels))]
    public void The_criteria_table_has_a_caption_column_headers_and_row_headers(string level)
    {
        var table = HtmlPages.Page(level).QuerySelector("table.criteria")!;

        Assert.Equal($"Onderscheidende criteria — Niveau {level}", table.QuerySelector("caption")!.TextContent);
        var columnHeaders = table.QuerySelectorAll("thead th");
        Assert.Equal(["Criterium", "Niveau " + level], columnHeaders.Select(th => th.TextContent));
        Assert.All(columnHeaders, th => Assert.Equal("col", th.GetAttribute("scope")));

        var rows = table.QuerySelectorAll("tbody tr");
        Assert.Equal(Criteria, rows.Select(r => r.FirstElementChild!.TextContent));
        Assert.All(rows, row =>
        {
            Assert.Equal("TH", row.FirstElementChild!.TagName);
            Assert.Equal("row", row.FirstElementChild.GetAttribute("scope"));
            Assert.Equal(["TD"], row.Children.Skip(1).Select(c => c.TagName));
        });
    }

    [Fact]
    public void A_criterion_cell_holds_the_levels_text()
    {
        var row = HtmlPages.Page("C").QuerySelector("tr[data-criterion=supervisie]")!;
        var expected = BundledDocuments.Document("C").Description.Criteria.Single(c => c.Id == "supervisie").Text;

        Assert.Equal(expected, row.QuerySelector("td")!.TextContent);
    }
}
