using JobDescGen.Validation;
using Xunit;

namespace JobDescGen.Tests.Validation;

/// <summary>Characters named as the Unicode Character Database names them, so a message says which invisible or unprintable one it means.</summary>
public sealed class UnicodeNamesTests
{
    [Theory]
    [InlineData(0x1F680, "U+1F680 ROCKET")]
    [InlineData(0x00AD, "U+00AD SOFT HYPHEN")]
    [InlineData(0x2060, "U+2060 WORD JOINER")]
    [InlineData(0x0141, "U+0141 LATIN CAPITAL LETTER L WITH STROKE")]
    [InlineData(0x009B, "U+009B CONTROL SEQUENCE INTRODUCER")]
    [InlineData(0x4E2D, "U+4E2D CJK UNIFIED IDEOGRAPH-4E2D")]
    [InlineData(0xD55C, "U+D55C HANGUL SYLLABLE HAN")]
    [InlineData(0xAC00, "U+AC00 HANGUL SYLLABLE GA")]
    [InlineData(0xE000, "U+E000 (private use)")]
    [InlineData(0x0378, "U+0378 (unassigned)")]
    public void A_code_point_is_described_by_its_name(int codePoint, string expected) =>
        Assert.Equal(expected, UnicodeNames.Describe(codePoint));
}
