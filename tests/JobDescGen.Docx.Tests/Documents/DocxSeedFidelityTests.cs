using JobDescGen.Docx.Tests.Support;
using JobDescGen.Testing;

namespace JobDescGen.Docx.Tests.Documents;

/// <summary>Content fidelity read back from the DOCX: every seed sentence in exactly the levels it belongs to.</summary>
public sealed class DocxSeedFidelityTests
{
    [Theory]
    [MemberData(nameof(BundledDocx.Levels), MemberType = typeof(BundledDocx))]
    public void Each_level_holds_exactly_its_sentences(string level)
    {
        var text = TextNormalizer.Collapse(DocxText.Of(BundledDocx.Bytes(level)));

        var missing = SeedSentences.All.Where(s => s.Levels.Contains(level) && !text.Contains(s.Sentence, StringComparison.Ordinal)).Select(s => s.Sentence).ToList();
        var foreign = SeedSentences.All.Where(s => !s.Levels.Contains(level) && text.Contains(s.Sentence, StringComparison.Ordinal)).Select(s => s.Sentence).ToList();

        Assert.Empty(missing);
        Assert.Empty(foreign);
        Assert.Equal(level is "A1" or "A2", text.Contains("* Definitie", StringComparison.Ordinal));
    }
}
