using JobDescGen.Html.Tests.Support;
using JobDescGen.Testing;

namespace JobDescGen.Html.Tests.Structure;

public sealed class LandmarkTests
{
    public static TheoryData<string> Levels() => new(BundledDocuments.Levels);

    [Theory]
    [MemberData(nameof(Levels))]
    public void The_page_names_its_language_and_title(string level)
    {
        var page = HtmlPages.Page(level);
        var facts = BundledDocuments.Document(level).Facts;

        Assert.Equal("nl-BE", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(facts.Title, page.Title);
        Assert.Equal("utf-8", page.CharacterSet, ignoreCase: true);
        Assert.Equal(facts.Author, page.QuerySelector("meta[name=author]")?.GetAttribute("content"));
        Assert.Equal($"Functiebeschrijving: {facts.Title}", page.QuerySelector("meta[name=description]")?.GetAttribute("content"));
        Assert.Equal(string.Join(", ", facts.Keywords), page.QuerySelector("meta[name=keywords]")?.GetAttribute("content"));
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void Header_main_and_footer_are_the_pages_landmarks(string level)
    {
        var page = HtmlPages.Page(level);
        var body = page.Body!;

        Assert.Equal(["HEADER", "MAIN", "FOOTER"], body.Children.Select(c => c.TagName));
        Assert.Equal("Leidinggevende — Niveau " + level, body.QuerySelector("header > h1")!.TextContent);
        Assert.Contains("FOD Beleid en Ondersteuning", body.QuerySelector("footer")!.TextContent, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll("main"));
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void The_notice_is_a_note_before_the_first_section(string level)
    {
        var main = HtmlPages.Page(level).QuerySelector("main")!;
        var notice = main.FirstElementChild!;

        Assert.Equal("ASIDE", notice.TagName);
        Assert.Equal("note", notice.GetAttribute("role"));
        Assert.StartsWith("Omwille van de leesbaarheid", notice.TextContent.Trim(), StringComparison.Ordinal);
    }
}
