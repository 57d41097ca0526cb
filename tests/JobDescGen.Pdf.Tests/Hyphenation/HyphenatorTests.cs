using JobDescGen.Pdf.Hyphenation;

namespace JobDescGen.Pdf.Tests.Hyphenation;

/// <summary>
/// Liang hyphenation with the bundled patterns. The expected points of nl, fr and en are those
/// pyphen gives with the same files (left 2, right 3), an independent implementation.
/// </summary>
public sealed class HyphenatorTests
{
    [Theory]
    [InlineData("nl", "co-ör-di-na-tor")]
    [InlineData("nl", "me-de-wer-kers")]
    [InlineData("nl", "ver-ant-woor-de-lijk-he-den")]
    [InlineData("nl", "kwa-li-teits-nor-men")]
    [InlineData("nl", "ont-wik-ke-lings-be-hoef-ten")]
    [InlineData("nl", "doel-stel-lin-gen")]
    [InlineData("fr", "res-pon-sa-bi-li-tés")]
    [InlineData("fr", "col-la-bo-ra-teurs")]
    [InlineData("fr", "dé-ve-lop-pe-ment")]
    [InlineData("fr", "or-ga-ni-sa-tion")]
    [InlineData("en", "hy-phen-ation")]
    [InlineData("en", "re-spon-si-bil-i-ties")]
    [InlineData("en", "de-vel-op-ment")]
    [InlineData("de", "Ver-ant-wor-tung")]
    [InlineData("de", "Qua-li-täts-nor-men")]
    [InlineData("de", "Ent-wick-lung")]
    public void Known_words_break_where_the_patterns_say(string language, string expected)
    {
        var hyphenator = new Hyphenator(HyphenationPatterns.For(language)!, new Dictionary<string, int[]>());
        var word = expected.Replace("-", string.Empty, StringComparison.Ordinal);

        Assert.Equal(expected, Insert(word, hyphenator.Points(word)));
    }

    [Fact]
    public void Two_letters_stay_before_a_break_and_three_after_it()
    {
        var hyphenator = new Hyphenator(HyphenationPatterns.For("nl")!, new Dictionary<string, int[]>());

        Assert.All(new[] { "coördinator", "operationele", "interventies", "evaluatiecycli", "ideeën" }, word =>
            Assert.All(hyphenator.Points(word), p => Assert.InRange(p, Hyphenator.MinBefore, word.Length - Hyphenator.MinAfter)));
        Assert.Empty(hyphenator.Points("team"));
    }

    [Fact]
    public void The_exceptions_list_wins_over_the_patterns()
    {
        var exceptions = Hyphenator.ParseExceptions("coör-dinator, teneinde");
        var hyphenator = new Hyphenator(HyphenationPatterns.For("nl")!, exceptions);

        Assert.Equal("coör-dinator", Insert("coördinator", hyphenator.Points("coördinator")));
        Assert.Equal("Coör-dinator", Insert("Coördinator", hyphenator.Points("Coördinator")));
        Assert.Empty(hyphenator.Points("teneinde"));
    }

    [Fact]
    public void A_locale_finds_its_language_and_an_unknown_language_has_no_patterns()
    {
        Assert.Same(HyphenationPatterns.For("nl"), HyphenationPatterns.For("nl-BE"));
        Assert.Same(HyphenationPatterns.For("fr"), HyphenationPatterns.For("fr_BE"));
        Assert.Null(HyphenationPatterns.For("xx"));
    }

    [Fact]
    public void The_pattern_file_reader_takes_the_values_between_letters()
    {
        var patterns = new LiangPatterns();
        patterns.Add(".ab1c");
        patterns.Add("b2c");
        patterns.Add("1d");

        // ".abcd.": between b and c 1 and 2 meet (2 wins: no break); before d, 1 (break).
        Assert.Equal(new byte[] { 0, 0, 2, 1, 0 }, patterns.Values("abcd"));
    }

    [Fact]
    public void A_letter_sequence_given_twice_keeps_the_higher_values()
    {
        var patterns = new LiangPatterns();
        patterns.Add("a1b4c");
        patterns.Add("a3b2c");

        Assert.Equal(1, patterns.Count);
        Assert.Equal(new byte[] { 0, 3, 4 }, patterns.Values("abc")[..3]);
    }

    [Fact]
    public void Every_pattern_is_found_after_the_table_has_grown_many_times()
    {
        // Three-letter sequences over 26 letters: 17,576 patterns, each with its own value.
        var patterns = new LiangPatterns();
        var words = new List<string>();
        for (var a = 'a'; a <= 'z'; a++)
        {
            for (var b = 'a'; b <= 'z'; b++)
            {
                for (var c = 'a'; c <= 'z'; c++)
                {
                    var value = ((a + b + c) % 9) + 1;
                    patterns.Add($"{a}{b}{value}{c}");
                    words.Add($"{a}{b}{c}");
                }
            }
        }

        Assert.Equal(words.Count, patterns.Count);
        Assert.All(words, word => Assert.Equal((byte)(((word[0] + word[1] + word[2]) % 9) + 1), patterns.Values(word)[2]));
    }

    private static string Insert(string word, int[] points)
    {
        var result = word;
        foreach (var point in points.Reverse())
        {
            result = result.Insert(point, "-");
        }

        return result;
    }
}
