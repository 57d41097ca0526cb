using JobDescGen.Html.Tests.Support;
using JobDescGen.Testing;

namespace JobDescGen.Html.Tests.Structure;

public sealed class HeadingTests
{
    public static TheoryData<string> Levels() => new(BundledDocuments.Levels);

    [Theory]
    [MemberData(nameof(Levels))]
    public void Headings_go_down_one_level_at_a_time_from_a_single_h1(string level)
    {
        var headings = HtmlPages.Page(level).QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.TagName[1] - '0').ToList();

        Assert.Equal(1, headings[0]);
        Assert.Single(headings, h => h == 1);
        Assert.All(headings.Zip(headings.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"h{pair.First} then h{pair.Second}"));
    }

    [Fact]
    public void Sections_are_h2_with_stable_ids_and_result_areas_run_their_title_into_the_statement()
    {
        var page = HtmlPages.Page("A1");

        Assert.Equal(
            ["purpose", "result-areas", "criteria", "definitions"],
            page.QuerySelectorAll("h2").Select(h => h.Id));
        Assert.Empty(page.QuerySelectorAll("h3"));
        var leads = page.QuerySelectorAll("p.statement.run-in > strong:first-child").Select(s => s.TextContent).ToList();
        Assert.Equal(["Als coördinator", "Als coach", "Als interne contactpersoon", "Als extern contactpersoon", "Als medewerker (facultatief)", "Als kennisbeheerder (facultatief)"], leads);
    }

    [Fact]
    public void Each_result_area_is_a_section_and_the_optional_ones_are_marked()
    {
        var areas = HtmlPages.Page("A1").QuerySelectorAll("section.result-areas > section.area");

        Assert.Equal(6, areas.Length);
        Assert.Equal(["medewerker", "kennisbeheerder"], areas.Where(a => a.ClassList.Contains("optional")).Select(a => a.GetAttribute("data-area")));
        Assert.All(areas, area => Assert.True(area.FirstElementChild!.ClassList.Contains("run-in")));
        Assert.All(areas, area => Assert.NotNull(area.QuerySelector("p.lead-in + ul.tasks")));
    }
}
