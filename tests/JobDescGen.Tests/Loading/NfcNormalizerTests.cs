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
}
