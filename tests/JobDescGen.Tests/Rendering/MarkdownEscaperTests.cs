using JobDescGen.Rendering;
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

    [Fact]
    public void Plain_prose_is_left_alone() =>
        Assert.Equal("Versie 1.0 (brieven, mails, nota’s); en/of", MarkdownEscaper.Escape("Versie 1.0 (brieven, mails, nota’s); en/of"));
}
