using JobDescGen.Html.Tests.Support;
using JobDescGen.Testing;

namespace JobDescGen.Html.Tests.Structure;

/// <summary>What a user's template may write beside the built-in shapes still comes out as sound HTML.</summary>
public sealed class MarkdownShapesTests
{
    [Fact]
    public void Headings_take_the_level_of_their_role_not_of_their_hashes()
    {
        var page = Page("# Leidinggevende — Niveau A1\n\n# Doel\n\nText.\n\n##### Deep\n\nMore.\n");

        Assert.Equal(["H1", "H2", "H3"], page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.TagName));
        Assert.Equal("purpose", page.QuerySelector("h2")!.Id);
    }

    [Fact]
    public void A_run_in_area_title_still_opens_a_marked_area_section()
    {
        var page = Page("# T\n\n## Resultaatgebieden\n\n**Als medewerker (facultatief)** deelnemen aan de activiteiten.\n\n- Een taak.\n");
        var area = page.QuerySelector("section.area")!;

        Assert.True(area.ClassList.Contains("optional"));
        Assert.Equal("medewerker", area.GetAttribute("data-area"));
        Assert.NotNull(area.QuerySelector("p.statement.run-in"));
    }

    [Fact]
    public void A_mark_whose_definition_is_not_on_the_page_is_not_a_link()
    {
        var page = Page("# T\n\n## Onderscheidende criteria\n\n| Criterium | Niveau A1 |\n| --- | --- |\n| Medewerkers | Leiding geven aan medewerkers die gespecialiseerd\\* zijn in een domein. |\n");

        Assert.Empty(page.QuerySelectorAll("a"));
        Assert.Equal("*", page.QuerySelector("td .ref")!.TextContent);
    }

    [Fact]
    public void A_definition_listed_twice_gets_its_anchor_once()
    {
        var markdown = BundledDocuments.Markdown("A1") + "\n- **specialisatie**: again.\n";
        var page = Page(markdown.Replace("- **specialisatie**", "- **specialisatie**: once.\n- **specialisatie**", StringComparison.Ordinal));

        Assert.Single(page.QuerySelectorAll("#def-specialisatie"));
    }

    [Fact]
    public void Ordered_lists_quotes_code_and_other_tables_are_written_plainly()
    {
        var page = Page("# T\n\n## Other\n\n3. three\n4. four\n\n> quoted\n\n    code <b>\n\n| a | b |\n| :-: | --: |\n| 1 | 2 |\n");

        Assert.Equal("3", page.QuerySelector("ol")!.GetAttribute("start"));
        Assert.Equal("quoted", page.QuerySelector("blockquote")!.TextContent.Trim());
        Assert.Equal("code <b>\n", page.QuerySelector("pre code")!.TextContent);
        var table = page.QuerySelector("main table")!;
        Assert.False(table.ClassList.Contains("criteria"));
        Assert.Null(table.QuerySelector("caption"));
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.Equal(["align-center", "align-right"], table.QuerySelectorAll("tbody td").Select(td => td.ClassName));
    }

    private static AngleSharp.Dom.IDocument Page(string markdown) => HtmlPages.Parse(HtmlPages.Html(BundledDocuments.Mark(markdown)));
}
