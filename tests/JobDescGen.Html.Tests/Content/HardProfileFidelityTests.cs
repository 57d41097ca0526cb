using JobDescGen.Html.Tests.Support;
using JobDescGen.Testing;

namespace JobDescGen.Html.Tests.Content;

/// <summary>
/// Word fidelity of the hard bilingual profile in HTML, parsed back as a browser parses it: every
/// text of a level and language appears, markup characters as text, formatting characters kept for
/// the browser to act on (a soft hyphen breaks only there, a word joiner never).
/// </summary>
public sealed class HardProfileFidelityTests
{
    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var (level, language) in HardProfile.Cases())
        {
            cases.Add(level, language);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_text_comes_back_from_the_page(string level, string language)
    {
        var page = HtmlPages.Parse(HtmlPages.Html(HardProfile.Document(level, language)));

        Assert.Empty(HardProfile.Missing(level, language, HtmlPages.VisibleText(page)));
        Assert.Empty(page.Body!.QuerySelectorAll("b"));
    }

    [Fact]
    public void Formatting_characters_reach_the_browser_as_characters()
    {
        var text = HtmlPages.Parse(HtmlPages.Html(HardProfile.Document("A1", "nl"))).Body!.TextContent;

        Assert.Contains("arbeids\u00ADongevallen\u00ADverzekerings\u00ADmaatschappij", text, StringComparison.Ordinal);
        Assert.Contains("Woord\u2060joiners en zero\u200Bwidth", text, StringComparison.Ordinal);
    }
}
