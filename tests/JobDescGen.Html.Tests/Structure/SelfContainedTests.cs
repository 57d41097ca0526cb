using AngleSharp.Dom;
using JobDescGen.Html.Tests.Support;
using JobDescGen.Testing;

namespace JobDescGen.Html.Tests.Structure;

public sealed class SelfContainedTests
{
    public static TheoryData<string> Levels() => new(BundledDocuments.Levels);

    [Theory]
    [MemberData(nameof(Levels))]
    public void The_page_has_no_script_and_requests_nothing(string level)
    {
        var page = HtmlPages.Page(level);
        var all = page.All.ToList();

        Assert.Empty(page.QuerySelectorAll("script, iframe, object, embed, link, base, noscript"));
        Assert.DoesNotContain(all.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        Assert.All(UrlsIn(all), url => Assert.True(url.StartsWith('#') || url.StartsWith("data:", StringComparison.Ordinal), url));
        Assert.DoesNotContain("url(", page.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", page.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_content_security_policy_forbids_scripts_and_outside_resources()
    {
        var policy = HtmlPages.Page("A1").QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content");

        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'; img-src data:", policy);
    }

    private static IEnumerable<string> UrlsIn(IEnumerable<IElement> elements) =>
        elements.SelectMany(e => e.Attributes).Where(a => a.Name is "href" or "src" or "srcset" or "action" or "poster" or "data").Select(a => a.Value);
}
