using JobDescGen.Testing;
using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Rendering;

/// <summary>The Markdown of the bundled profile for each level, as reviewed against the seed.</summary>
public sealed class MarkdownSnapshotTests
{
    [Theory]
    [InlineData("C")]
    [InlineData("B")]
    [InlineData("A1")]
    [InlineData("A2")]
    public void Bundled_profile_renders_as_approved(string level) =>
        Snapshot.Match(BundledDocuments.Markdown(level), $"leidinggevende-{level}", "md");

    [Theory]
    [InlineData("C")]
    [InlineData("A2")]
    public void Markdown_is_clean(string level)
    {
        var markdown = BundledDocuments.Markdown(level);
        var lines = markdown.Split('\n');
        Assert.DoesNotContain(lines, line => line != line.TrimEnd());
        Assert.DoesNotContain("\n\n\n", markdown, StringComparison.Ordinal);
        Assert.EndsWith("\n", markdown, StringComparison.Ordinal);
        Assert.False(markdown.EndsWith("\n\n", StringComparison.Ordinal));
        Assert.False(markdown.StartsWith('\n'));
        Assert.DoesNotContain('\r', markdown);
    }

    [Fact]
    public void Rendering_twice_gives_the_same_text() =>
        Assert.Equal(BundledDocuments.Markdown("A1"), BundledDocuments.Markdown("A1"));
}
