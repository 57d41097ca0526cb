using JobDescGen.Loading;
using Xunit;

namespace JobDescGen.Tests.Loading;

public sealed class KeyMatcherTests
{
    [Theory]
    [InlineData("tilte", "title")]
    [InlineData("result_area", "result_areas")]
    [InlineData("Purpose", "purpose")]
    [InlineData("defintions", "definitions")]
    public void Suggests_the_key_meant(string typo, string expected) =>
        Assert.Equal(expected, KeyMatcher.Nearest(typo, ["id", "title", "purpose", "result_areas", "definitions"]));

    [Theory]
    [InlineData("A6")]
    [InlineData("salary")]
    public void Suggests_nothing_for_unrelated_words(string word) =>
        Assert.Null(KeyMatcher.Nearest(word, ["C", "B", "id", "title", "purpose"]));
}
