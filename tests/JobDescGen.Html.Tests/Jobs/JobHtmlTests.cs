using JobDescGen.Html.Tests.Support;
using JobDescGen.Testing;

namespace JobDescGen.Html.Tests.Jobs;

/// <summary>The example specific job as an HTML page.</summary>
public sealed class JobHtmlTests
{
    [Fact]
    public void The_example_job_page_matches_its_approved_snapshot() =>
        Snapshot.Match(HtmlPages.Html(BundledJob.Document), "job", "html");

    [Fact]
    public void The_rubrics_are_sections_with_headings_in_order()
    {
        var page = HtmlPages.Parse(HtmlPages.Html(BundledJob.Document));
        var headings = page.QuerySelectorAll("h2").Select(h => TextNormalizer.Collapse(h.TextContent)).ToList();
        Assert.Equal("1. Identificatie van de functie", headings[0]);
        Assert.Equal("12. Specifieke context van de functie", headings[11]);
        Assert.Equal("Onderscheidende criteria", headings[12]);
    }
}
