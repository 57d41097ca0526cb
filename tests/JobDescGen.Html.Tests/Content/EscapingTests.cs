using JobDescGen.Html.Tests.Support;
using JobDescGen.Testing;

namespace JobDescGen.Html.Tests.Content;

/// <summary>Whatever a template or profile puts in the Markdown stays text: no markup, script or request gets into the page.</summary>
public sealed class EscapingTests
{
    [Fact]
    public void Raw_html_in_the_markdown_is_shown_as_text()
    {
        var html = Body("# T\n\n<script>alert(1)</script>\n\nA <img src=x onerror=alert(1)> b\n");
        var page = HtmlPages.Parse(html);

        Assert.Empty(page.QuerySelectorAll("main script, main img"));
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("A <img src=x onerror=alert(1)> b", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](java%0Ascript:alert(1))")]
    [InlineData("[x](data:text/html,hi)")]
    [InlineData("[x](file:///etc/passwd)")]
    [InlineData("<javascript:alert(1)>")]
    public void A_link_to_a_target_that_could_run_code_keeps_only_its_text(string link)
    {
        var main = HtmlPages.Parse(Body($"# T\n\nSee {link} here.\n")).QuerySelector("main")!;

        Assert.Empty(main.QuerySelectorAll("a"));
        Assert.StartsWith("See ", main.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[the rules](https://example.org/rules?a=1&b=2)", "https://example.org/rules?a=1&b=2")]
    [InlineData("[mail](mailto:hr@example.org)", "mailto:hr@example.org")]
    [InlineData("<https://example.org/x>", "https://example.org/x")]
    [InlineData("[next](#criteria)", "#criteria")]
    [InlineData("[other](other.html)", "other.html")]
    public void The_documents_own_links_stay_links(string link, string href)
    {
        var anchor = HtmlPages.Parse(Body($"# T\n\nSee {link} here.\n")).QuerySelector("main a")!;

        Assert.Equal(href, anchor.GetAttribute("href"));
    }

    [Fact]
    public void An_image_from_elsewhere_becomes_a_link_so_opening_the_page_fetches_nothing()
    {
        var main = HtmlPages.Parse(Body("# T\n\n![the logo](https://example.org/logo.png)\n")).QuerySelector("main")!;

        Assert.Empty(main.QuerySelectorAll("img"));
        Assert.Equal("https://example.org/logo.png", main.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("the logo", main.QuerySelector("a")!.TextContent);
    }

    [Fact]
    public void Soft_hyphens_accents_and_quotes_survive_as_characters()
    {
        var html = Body("# T\n\nfunctie\u00ADbeschrijving « coördinator » \"quoted\" & 'single'\n");

        Assert.Contains("functie\u00ADbeschrijving « coördinator » &quot;quoted&quot; &amp; 'single'", html, StringComparison.Ordinal);
        Assert.Contains("functie\u00ADbeschrijving", HtmlPages.Parse(html).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    private static string Body(string markdown) => HtmlPages.Html(BundledDocuments.Mark(markdown));
}
