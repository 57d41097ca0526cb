using JobDescGen.Tests.Support;
using Xunit;

using JobDescGen.Testing;

namespace JobDescGen.Tests.Fidelity;

/// <summary>
/// Content fidelity: every sentence of the seed appears verbatim in the job descriptions of the
/// levels it belongs to, and in no other.
/// </summary>
public sealed class SeedFidelityTests
{
    // Words of the seed that are headings, labels or list markers rather than sentences.
    private static readonly string[] SeedLabels =
    [
        "Doel", "Resultaatgebieden", "Voorbeelden van taken", "Onderscheidende criteria", "Definitie",
        "Als coördinator", "Als coach", "Als interne contactpersoon", "Als extern contactpersoon",
        "Als medewerker (facultatief)", "Als kennisbeheerder (facultatief)",
        "Supervisie", "Coördinatie", "Medewerkers", "Verbetering", "Oplossingen", "Contacten",
        "C B A1 A2", "•", "*",
    ];

    [Fact]
    public void Every_fixture_sentence_is_verbatim_in_the_seed()
    {
        var seed = TextNormalizer.Collapse(SeedSentences.SeedText);
        var missing = SeedSentences.All.Where(s => !seed.Contains(s.Sentence, StringComparison.Ordinal)).Select(s => s.Sentence).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void The_fixture_covers_every_sentence_of_the_seed()
    {
        // Remove every known sentence (longest first, so none is cut by a shorter one) and every
        // label: what is left must be nothing but whitespace, or the fixture misses a sentence.
        var rest = TextNormalizer.Collapse(SeedSentences.SeedText);
        foreach (var sentence in SeedSentences.All.Select(s => s.Sentence).OrderByDescending(s => s.Length))
        {
            rest = rest.Replace(sentence, " ", StringComparison.Ordinal);
        }

        foreach (var label in SeedLabels.OrderByDescending(l => l.Length))
        {
            rest = rest.Replace(label, " ", StringComparison.Ordinal);
        }

        Assert.Equal(string.Empty, TextNormalizer.Collapse(rest));
    }

    public static TheoryData<string> Levels() => new(SeedSentences.Levels);

    [Theory]
    [MemberData(nameof(Levels))]
    public void Each_level_holds_exactly_its_sentences(string level)
    {
        var text = TextNormalizer.MarkdownToText(BundledDocuments.Markdown(level));
        var missing = SeedSentences.All.Where(s => s.Levels.Contains(level) && !text.Contains(s.Sentence, StringComparison.Ordinal)).Select(s => s.Sentence).ToList();
        var foreign = SeedSentences.All.Where(s => !s.Levels.Contains(level) && text.Contains(s.Sentence, StringComparison.Ordinal)).Select(s => s.Sentence).ToList();
        Assert.Empty(missing);
        Assert.Empty(foreign);
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void Each_level_shows_the_seed_labels_and_marks_the_optional_areas(string level)
    {
        var text = TextNormalizer.MarkdownToText(BundledDocuments.Markdown(level));
        foreach (var label in SeedLabels.Where(l => l is not ("C B A1 A2" or "•" or "*" or "Definitie")))
        {
            Assert.Contains(label, text, StringComparison.Ordinal);
        }

        // Only the levels that reference a defined term have a definitions section.
        Assert.Equal(level is "A1" or "A2", text.Contains("* Definitie", StringComparison.Ordinal));
    }
}
