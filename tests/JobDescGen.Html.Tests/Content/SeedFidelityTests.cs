using JobDescGen.Html.Tests.Support;
using JobDescGen.Testing;

namespace JobDescGen.Html.Tests.Content;

/// <summary>
/// Content fidelity over the text read back from the HTML (parsed as a browser parses it): every
/// seed sentence appears verbatim in the pages of the levels it belongs to, and in no other.
/// </summary>
public sealed class SeedFidelityTests
{
    public static TheoryData<string> Levels() => new(SeedSentences.Levels);

    [Theory]
    [MemberData(nameof(Levels))]
    public void Each_level_holds_exactly_its_sentences(string level)
    {
        var text = HtmlPages.VisibleText(HtmlPages.Page(level));

        var (missing, foreign) = SeedSentences.Compare(level, text);
        Assert.Empty(missing);
        Assert.Empty(foreign);
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void The_page_says_what_the_markdown_says(string level)
    {
        // The header and main hold the Markdown's text word for word; the footer repeats the byline
        // and the table's caption, for screen readers, names the section heading above it.
        var page = HtmlPages.Page(level);
        page.QuerySelector("caption")!.Remove();
        var text = TextNormalizer.Collapse(page.QuerySelector("header")!.TextContent + " " + page.QuerySelector("main")!.TextContent);

        Assert.Equal(TextNormalizer.MarkdownToText(BundledDocuments.Markdown(level)), text);
    }
}
