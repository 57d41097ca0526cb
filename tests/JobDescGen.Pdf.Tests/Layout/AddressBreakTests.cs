using JobDescGen.Pdf.Hyphenation;
using JobDescGen.Pdf.Tests.Support;
using JobDescGen.Pdf.Text;
using JobDescGen.Pdf.Theme;
using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Tests.Layout;

/// <summary>
/// Web and e-mail addresses in running text may end a line after a "/", before "?", "#", "&amp;", "." or
/// an e-mail's "@", never inside the scheme, with nothing drawn there and nothing added to the text.
/// Fixed widths: every character is 5 points wide, a space too.
/// </summary>
public sealed class AddressBreakTests
{
    private const string Url = "https://wiki.example.be/projecten/lessons_learned?tab=2&lang=nl";
    private static readonly TextStyle Regular = new("Carlito", 10, false, false, XColors.Black);
    private static readonly FixedWidthMeasurer Measurer = new();
    private static readonly Hyphenator Dutch = new(HyphenationPatterns.For("nl")!, new Dictionary<string, int[]>());

    [Theory]
    [InlineData(Url, new[] { 12, 20, 24, 34, 49, 55 })]
    [InlineData("http://a.be//b/", new[] { 8, 13 })]
    [InlineData("(www.example.be/nl/vacatures).", new[] { 12, 16, 19 })]
    [InlineData("zie.WWW.Example.be/x", new[] { 15, 19 })]
    [InlineData("hr-dienst@example.be", new[] { 9 })]
    [InlineData("<mailto:rh@example.be>,", new[] { 10 })]
    public void An_address_may_break_after_a_slash_and_before_query_fragment_parameter_dot_and_at_sign(string word, int[] offsets)
    {
        var points = new List<(int Offset, BreakKind Kind)>();

        Assert.True(AddressBreaks.Find(word, points));
        Assert.Equal(offsets, points.Select(p => p.Offset));
        Assert.All(points, p => Assert.Equal(BreakKind.Address, p.Kind));
    }

    [Theory]
    [InlineData("lessons_learned")]
    [InlineData("en/of")]
    [InlineData("@team")]
    [InlineData("R&D")]
    [InlineData("awww.example")]
    public void Other_words_are_not_addresses(string word)
    {
        var points = new List<(int Offset, BreakKind Kind)>();

        Assert.False(AddressBreaks.Find(word, points));
        Assert.Empty(points);
    }

    [Fact]
    public void A_long_address_is_broken_at_its_slashes_without_a_hyphen_and_reads_whole()
    {
        // 28 characters a line: the address (63) cannot stay whole on one.
        var text = "zie " + Url + " of mail ons";
        var lines = LineBreaker.Break([new InlineRun(text, Regular)], 140, TextAlignment.Left, Measurer, Dutch);

        Assert.Equal(["zie https://wiki.example.be/", "projecten/lessons_learned", "?tab=2&lang=nl of mail ons"], lines.Select(l => l.Text.TrimEnd()));
        Assert.DoesNotContain(lines, l => l.Runs.Any(r => r.Style.InsertedHyphen));
        Assert.Equal(text, string.Concat(lines.Select(l => l.Text)));
        Assert.All(lines, l => Assert.True(l.Width <= 140 + 1e-9, $"{l.Text}: {l.Width}"));
    }

    [Fact]
    public void A_justified_line_before_an_address_is_not_stretched_past_one_and_a_half_spaces()
    {
        // 70 characters a line. Whole, the address (63) leaves "Zie voor de lessen die we leerden" alone
        // on the first line, 37 characters to spread over 5 spaces; broken after a "/", the line is full.
        var text = "Zie voor de lessen die we leerden " + Url + " of mail hr-dienst@example.be voor meer uitleg over het project.";
        var lines = LineBreaker.Break([new InlineRun(text, Regular)], 350, TextAlignment.Justify, Measurer, Dutch);

        Assert.True(lines[0].Text.EndsWith('/'), string.Join(" | ", lines.Select(l => l.Text)));
        Assert.DoesNotContain(lines, l => l.Runs.Any(r => r.Style.InsertedHyphen));
        Assert.Equal(text, string.Concat(lines.Select(l => l.Text)));
        foreach (var line in lines.SkipLast(1))
        {
            var widest = line.Runs.Zip(line.Runs.Skip(1)).Select(p => (p.Second.X - (p.First.X + p.First.Width)) / 5).DefaultIfEmpty(1).Max();
            Assert.True(widest <= 1.5, $"{widest:F2} spaces in \"{line.Text}\"");
            Assert.Equal(350, line.Width, 6);
        }
    }

    [Fact]
    public void A_justified_paragraph_with_an_address_longer_than_a_line_breaks_it_at_its_slashes_and_sets_that_line_flush_left()
    {
        // 40 characters a line, an address of 63: one line holds only a part of the address, no
        // space to stretch, so it cannot be justified; it is set flush left, not cut between letters.
        var text = "Zie voor de lessen " + Url + " of mail ons.";
        var lines = LineBreaker.Break([new InlineRun(text, Regular)], 200, TextAlignment.Justify, Measurer, Dutch);

        Assert.Equal(["Zie voor de lessen https://wiki.example", ".be/projecten/lessons_learned?tab=2", "&lang=nl of mail ons."], lines.Select(l => l.Text.TrimEnd()));
        Assert.Equal(text, string.Concat(lines.Select(l => l.Text)));
        Assert.Equal(200, lines[0].Width, 6);
        Assert.Equal(35 * 5, lines[1].Width, 6);
    }

    [Fact]
    public void The_scheme_stays_whole_at_the_start_of_a_line()
    {
        // 22 characters a line: "aaaa https://" would leave the calmer edge, but the scheme is not broken.
        var lines = LineBreaker.Break([new InlineRun("aaaa https://bbbbbbbbbbb/cccccccc", Regular)], 110, TextAlignment.Left, Measurer, Dutch);

        Assert.Equal(["aaaa", "https://bbbbbbbbbbb/", "cccccccc"], lines.Select(l => l.Text.TrimEnd()));
    }

    [Fact]
    public void An_e_mail_address_breaks_before_its_at_sign()
    {
        var lines = LineBreaker.Break([new InlineRun("mail personeelsdienst@bosa.fgov.be nu", Regular)], 110, TextAlignment.Left, Measurer, Dutch);

        Assert.Equal(["mail personeelsdienst", "@bosa.fgov.be nu"], lines.Select(l => l.Text.TrimEnd()));
        Assert.Equal("mail personeelsdienst@bosa.fgov.be nu", string.Concat(lines.Select(l => l.Text)));
    }
}
