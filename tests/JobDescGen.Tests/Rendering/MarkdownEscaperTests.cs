using JobDescGen.Rendering;
using Markdig.Syntax;
using JobDescGen.Tests.Support;
using Xunit;

using JobDescGen.Testing;

namespace JobDescGen.Tests.Rendering;

public sealed class MarkdownEscaperTests
{
    [Theory]
    [InlineData("gespecialiseerd* zijn")]
    [InlineData("*niet* vet en _niet_ cursief")]
    [InlineData("a | b in een tabel")]
    [InlineData("1. geen lijst")]
    [InlineData("- geen lijst")]
    [InlineData("# geen titel")]
    [InlineData("> geen citaat")]
    [InlineData("[geen](link) <b>geen html</b> `geen code`")]
    [InlineData("back\\slash")]
    [InlineData("Versie 1.0 en nota’s, « chef »…")]
    [InlineData("R&amp;D &nbsp; ~~niet doorgehaald~~")]
    [InlineData("Als coach #")]
    public void Escaped_text_reads_back_literally(string text)
    {
        var markdown = $"{MarkdownEscaper.Escape(text)}\n\n| a | b |\n| --- | --- |\n| x | {MarkdownEscaper.Escape(text)} |\n";
        var document = MarkdownAst.Parse(markdown);
        Assert.Equal(2, document.Count);
        Assert.Equal($"{text} a b x {text}", TextNormalizer.MarkdownToText(markdown));
    }

    [Theory]
    [InlineData("Zie https://wiki.example.be/projecten/lessons_learned?tab=2&lang=nl voor meer.", "https://wiki.example.be/projecten/lessons_learned?tab=2&lang=nl")]
    [InlineData("Mail naar hr_team@example.be, of bel.", "mailto:hr_team@example.be")]
    [InlineData("(zie https://example.be/a_(b)).", "https://example.be/a_(b)")]
    [InlineData("(zie https://example.be/x_y).", "https://example.be/x_y")]
    public void Web_and_email_addresses_become_whole_autolinks(string text, string url)
    {
        var markdown = MarkdownEscaper.Escape(text);
        var link = Assert.Single(MarkdownAst.Parse(markdown).Descendants<Markdig.Syntax.Inlines.AutolinkInline>());

        Assert.Equal(url, link.IsEmail ? "mailto:" + link.Url : link.Url);
        Assert.Equal(text, TextNormalizer.MarkdownToText(markdown));
    }

    [Fact]
    public void An_address_in_a_table_cell_stays_one_link_and_the_cell_stays_whole()
    {
        var text = "Portaal https://intra.example.be/a_b?x=1&y=2 of hr@example.be";
        var markdown = $"| a | b |\n| --- | --- |\n| x | {MarkdownEscaper.Escape(text)} |\n";

        Assert.Equal(2, MarkdownAst.Parse(markdown).Descendants<Markdig.Syntax.Inlines.AutolinkInline>().Count());
        Assert.Equal($"a b x {text}", TextNormalizer.MarkdownToText(markdown));
    }

    [Fact]
    public void Plain_prose_is_left_alone() =>
        Assert.Equal("Versie 1.0 (brieven, mails, nota’s); en/of", MarkdownEscaper.Escape("Versie 1.0 (brieven, mails, nota’s); en/of"));
}
