using JobDescGen.Html.Styling;
using JobDescGen.Html.Tests.Support;
using JobDescGen.Testing;

namespace JobDescGen.Html.Tests.Styling;

public sealed class StyleSheetTests : IDisposable
{
    private readonly DirectoryInfo _templates = Directory.CreateTempSubdirectory("jobdescgen-html-theme-");

    public void Dispose() => _templates.Delete(recursive: true);

    [Fact]
    public void The_printed_page_is_the_themes_a4_with_header_footer_and_page_numbers()
    {
        var css = Style(HtmlPages.Page("A1"));

        Assert.Contains("@page{size:595.276pt 841.89pt;margin:70.866pt 106.299pt 62.362pt 106.299pt;", css, StringComparison.Ordinal);
        Assert.Contains("@top-left{content:\"Leidinggevende — Niveau A1\";", css, StringComparison.Ordinal);
        Assert.Contains("@bottom-left{content:\"Versie 1.0 · Datum 28 november 2026 · FOD Beleid en Ondersteuning\";", css, StringComparison.Ordinal);
        Assert.Contains("@bottom-right{content:\"Pagina \" counter(page) \" van \" counter(pages);", css, StringComparison.Ordinal);
        Assert.Contains("@page:first{@top-left{content:none;", css, StringComparison.Ordinal);
    }

    [Fact]
    public void On_screen_sizes_follow_the_readers_text_size_and_optional_areas_have_a_dashed_bar()
    {
        var css = Style(HtmlPages.Page("A1"));

        Assert.Contains("html{font-family:\"Carlito\",Calibri,\"Segoe UI\",Arial,\"DejaVu Sans\",\"Symbola\",sans-serif;font-size:106.25%;", css, StringComparison.Ordinal);
        Assert.Contains("h1{font-size:min(2.087rem,max(1.25rem,7vw));", css, StringComparison.Ordinal);
        Assert.Contains(".area.optional{border-left:2px dashed #B8C4D2;", css, StringComparison.Ordinal);
    }

    [Fact]
    public void A_users_theme_sets_the_pages_colours_font_size_margins_and_alignment()
    {
        File.WriteAllText(Path.Combine(_templates.FullName, "theme.yaml"), "page:\n  size: Letter\n  margin_left: 30\nheadings:\n  color: \"#AA0000\"\ntext:\n  align: left\nfont:\n  size: 12\n");

        var css = Style(HtmlPages.Parse(HtmlPages.Writer(_templates.FullName).Render(BundledDocuments.Document("A1"))));

        Assert.Contains("h1,h2,h3,h4,h5,h6{color:#AA0000;", css, StringComparison.Ordinal);
        Assert.Contains("@page{size:612pt 792pt;margin:70.866pt 106.299pt 62.362pt 85.039pt;", css, StringComparison.Ordinal);
        Assert.Contains("html{font-size:12pt;", css, StringComparison.Ordinal);
        Assert.DoesNotContain("text-align:justify", css, StringComparison.Ordinal);
    }

    [Fact]
    public void The_themes_logo_is_carried_inside_the_page()
    {
        // The smallest PNG: a 1x1 transparent pixel.
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");
        File.WriteAllBytes(Path.Combine(_templates.FullName, "logo.png"), png);
        File.WriteAllText(Path.Combine(_templates.FullName, "theme.yaml"), "logo:\n  file: logo.png\n");

        var logo = HtmlPages.Parse(HtmlPages.Writer(_templates.FullName).Render(BundledDocuments.Document("A1"))).QuerySelector("header img.logo")!;

        Assert.Equal("data:image/png;base64," + Convert.ToBase64String(png), logo.GetAttribute("src"));
        Assert.Equal(string.Empty, logo.GetAttribute("alt"));
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"hi\"", "\"say \\22 hi\\22 \"")]
    [InlineData("back\\slash", "\"back\\5C slash\"")]
    [InlineData("</style><b>", "\"\\3C /style\\3E \\3C b\\3E \"")]
    [InlineData("line\nbreak", "\"line\\A break\"")]
    public void Css_strings_cannot_be_left_from_inside(string text, string expected) =>
        Assert.Equal(expected, CssString.Quote(text));

    [Theory]
    [InlineData("Pagina {page} van {pages}", "\"Pagina \" counter(page) \" van \" counter(pages)")]
    [InlineData("Page {page} of {pages}", "\"Page \" counter(page) \" of \" counter(pages)")]
    [InlineData("{page}/{pages}", "counter(page) \"/\" counter(pages)")]
    [InlineData("{pages} pages", "counter(pages) \" pages\"")]
    [InlineData("no numbers", "\"no numbers\"")]
    [InlineData("", "none")]
    public void The_page_label_becomes_page_counters(string label, string expected) =>
        Assert.Equal(expected, PageCounterContent.For(label));

    private static string Style(AngleSharp.Dom.IDocument page) => page.QuerySelector("style")!.TextContent;
}
