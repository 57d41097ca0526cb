using JobDescGen.Terminal.Rendering;
using JobDescGen.Terminal.Tests.Support;
using JobDescGen.Terminal.Theming;
using Xunit;

using JobDescGen.Testing;

namespace JobDescGen.Terminal.Tests.Rendering;

/// <summary>Whatever the width, the preview holds every word of the Markdown, whole, in order, and no line overflows.</summary>
public sealed class ContentFidelityTests
{
    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var level in BundledDocuments.Levels)
        {
            foreach (var width in new[] { 30, 40, 57, 80, 120, 200 })
            {
                data.Add(level, width);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_word_appears_whole_and_in_order(string level, int width)
    {
        var document = BundledDocuments.Document(level);
        var text = Render.ToText(new TerminalDocumentRenderer(PreviewTheme.Default).Render(document), width);

        var missing = Words.FirstMissing(Words.OfMarkdown(document.Markdown!), Words.OfRendering(text));

        Assert.True(missing is null, $"the rendering lacks the word \"{missing}\" (or has it out of order)");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void No_line_is_wider_than_the_terminal(string level, int width)
    {
        var text = Render.ToText(new TerminalDocumentRenderer(PreviewTheme.Default).Render(BundledDocuments.Document(level)), width);

        Assert.All(Render.Lines(text), line => Assert.True(line.Length <= width, $"{line.Length} > {width}: {line}"));
    }

    [Fact]
    public void The_word_check_notices_a_missing_word()
    {
        // Guards the guard: a rendering that lost a word must be reported.
        Assert.Equal("b", Words.FirstMissing(["a", "b", "c"], ["a", "c"]));
        Assert.Equal("a", Words.FirstMissing(["b", "a"], ["a", "b"]));
    }
}
