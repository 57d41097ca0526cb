using JobDescGen.Html.Tests.Support;
using JobDescGen.Testing;

namespace JobDescGen.Html.Tests.Structure;

public sealed class ReferenceTests
{
    public static TheoryData<string> Levels() => new(BundledDocuments.Levels);

    [Theory]
    [InlineData("A1", "specialisatie")]
    [InlineData("A2", "expertise")]
    public void A_reference_mark_links_to_its_definition(string level, string term)
    {
        var page = HtmlPages.Page(level);
        var mark = Assert.Single(page.QuerySelectorAll("a.ref"));

        Assert.Equal("*", mark.TextContent);
        Assert.Equal("#def-" + term, mark.GetAttribute("href"));
        Assert.Equal("Definitie: " + term, mark.GetAttribute("aria-label"));
        var target = page.GetElementById("def-" + term)!;
        Assert.Equal("LI", target.TagName);
        Assert.StartsWith(term + ":", target.TextContent, StringComparison.Ordinal);
        Assert.True(char.IsLetter(mark.PreviousSibling!.TextContent[^1]), "the mark follows its word");
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void Every_in_page_link_resolves_and_every_id_is_unique(string level)
    {
        var page = HtmlPages.Page(level);
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        foreach (var link in page.QuerySelectorAll("a[href^='#']"))
        {
            Assert.NotNull(page.GetElementById(link.GetAttribute("href")![1..]));
        }
    }

    [Theory]
    [InlineData("C")]
    [InlineData("B")]
    public void Levels_without_definitions_have_no_marks_and_no_definitions_section(string level)
    {
        var page = HtmlPages.Page(level);

        Assert.Empty(page.QuerySelectorAll(".ref, .ref-target, #definitions, ul.definitions"));
    }
}
