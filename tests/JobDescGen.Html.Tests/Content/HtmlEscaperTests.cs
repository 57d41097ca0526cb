using JobDescGen.Html.Body;

namespace JobDescGen.Html.Tests.Content;

public sealed class HtmlEscaperTests
{
    [Theory]
    [InlineData("plain, with « accents » and a soft\u00ADhyphen", "plain, with « accents » and a soft\u00ADhyphen")]
    [InlineData("<a href=\"x\" title='y'>&amp;</a>", "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;")]
    public void Only_the_characters_with_a_meaning_in_html_change(string text, string expected) =>
        Assert.Equal(expected, HtmlEscaper.Escape(text));
}
