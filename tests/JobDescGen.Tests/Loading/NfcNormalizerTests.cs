using JobDescGen.Loading.Text;
using Xunit;

namespace JobDescGen.Tests.Loading;

public sealed class NfcNormalizerTests
{
    [Theory]
    [InlineData("e\u0301", "é")]
    [InlineData("coo\u0308rdinator", "coördinator")]
    [InlineData("\u212B", "\u00C5")] // ANGSTROM SIGN is canonically Å
    [InlineData("a\u0301\u0328", "\u0105\u0301")] // marks reordered by class, then composed: ą́
    [InlineData("\u1100\u1161\u11A8", "\uAC01")] // Hangul jamo compose to a syllable
    [InlineData("Łódź", "Łódź")]
    [InlineData("e\u0301\u0301", "é\u0301")] // a second acute has nothing left to combine with
    [InlineData("\U0001D15E", "\U0001D157\U0001D165")] // a composition exclusion stays decomposed
    public void Text_comes_out_in_nfc(string input, string expected) =>
        Assert.Equal(expected, NfcNormalizer.Normalize(input));

    [Theory]
    [InlineData("l'équipe d’harmoniser … ...")]
    [InlineData("ﬁnancieel m² 10\u00A0%")]
    public void Apostrophes_ellipses_and_compatibility_characters_are_not_rewritten(string text) =>
        Assert.Equal(text, NfcNormalizer.Normalize(text));

    [Fact]
    public void Plain_text_is_returned_as_is()
    {
        const string text = "Leidinggevende (Niveau A1)";
        Assert.Same(text, NfcNormalizer.Normalize(text));
    }

    [Fact]
    public void Punctuation_and_currency_signs_need_no_tables()
    {
        const string text = "d’harmoniser – 10 € … « voorbeeld »";
        Assert.Same(text, NfcNormalizer.Normalize(text));
    }

    [Fact]
    public void Every_character_of_the_range_skipped_without_tables_is_left_alone_by_them()
    {
        // Each character alone, after a letter and before a combining mark: the tables change nothing.
        for (var c = NfcNormalizer.FirstInert; c <= NfcNormalizer.LastInert; c++)
        {
            foreach (var text in new[] { c.ToString(), "e" + c, c + "\u0301" })
            {
                Assert.Equal(text, NfcNormalizer.NormalizeWithTables(text));
            }
        }
    }

    [Theory]
    [InlineData("\u2000", "\u2002")] // EN QUAD is canonically EN SPACE: just below the range
    [InlineData("e\u20D1", "e\u20D1")] // combining marks for symbols start just above it
    [InlineData("\u2019e\u0301", "\u2019é")]
    public void Characters_around_the_range_still_go_through_the_tables(string input, string expected) =>
        Assert.Equal(expected, NfcNormalizer.Normalize(input));
}
