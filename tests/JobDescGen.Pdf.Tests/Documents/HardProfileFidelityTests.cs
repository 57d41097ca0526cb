using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using JobDescGen.Pdf.Tests.Support;
using JobDescGen.Testing;

namespace JobDescGen.Pdf.Tests.Documents;

/// <summary>
/// Word fidelity of the hard bilingual profile in the PDF, read back with PdfPig: every text of a
/// level and language appears in the tagged content (hyphenated line ends joined), each character drawn with a font that
/// has it (no missing-glyph box), formatting characters never drawn, emoji copied out whole.
/// </summary>
public sealed partial class HardProfileFidelityTests
{
    private static readonly ConcurrentDictionary<string, byte[]> Pdfs = new(StringComparer.Ordinal);

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var (level, language) in HardProfile.Cases())
        {
            cases.Add(level, language);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_text_comes_back_from_the_pdf(string level, string language)
    {
        // In content order, as a screen reader gets it (a table cell whole, not interleaved with
        // the cell beside it); hyphens added at line ends are soft hyphens and left out.
        var text = PdfText.DrawnContentText(Pdf(level, language));

        Assert.Empty(HardProfile.Missing(level, language, text));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void No_character_is_drawn_as_a_missing_glyph(string level, string language)
    {
        // Glyph 0 is a font's .notdef, the empty box: a string of the page contents that shows it
        // holds the glyph id 0000 (what PDFsharp draws for a character its font lacks).
        Assert.Equal(0, MissingGlyphs(Pdf(level, language)));
    }

    [Fact]
    public void The_missing_glyph_check_finds_a_character_no_font_has()
    {
        // U+1F979 and a Hangul syllable: in none of the bundled fonts.
        var document = BundledDocuments.Mark("# Titel\n\nTekst 🥹 en 한 hier.\n");

        Assert.Equal(2, MissingGlyphs(new PdfDocumentWriter(BundledPdfs.Theme).Write(document)));
    }

    [Fact]
    public void Emoji_and_symbols_come_from_the_fallback_fonts_and_copy_out_whole()
    {
        var pdf = Pdf("A1", "nl");
        var words = PdfText.Words(pdf);
        var fonts = PdfStreams.Expanded(pdf);

        Assert.Contains("🚀", words, StringComparison.Ordinal);
        Assert.Contains("🎉", words, StringComparison.Ordinal);
        Assert.Contains("✔", words, StringComparison.Ordinal);
        Assert.Contains("+Symbola", fonts, StringComparison.Ordinal);
        Assert.Contains("+DejaVu", fonts, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Formatting_characters_are_never_drawn(string level, string language)
    {
        var words = PdfText.Words(Pdf(level, language));

        Assert.DoesNotContain(words, c => c is '\u00AD' or '\u2060' or '\u200B' or '\u200D' or '\uFEFF');
    }

    [Fact]
    public void Bookmarks_hold_no_formatting_characters()
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(Pdf("A1", "nl"));
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var titles = bookmarks.GetNodes().Select(n => n.Title).ToList();

        Assert.Contains(titles, t => t.StartsWith("Teamcoördinator", StringComparison.Ordinal));
        Assert.DoesNotContain(titles, t => t.Contains('\u00AD', StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_joined_by_a_word_joiner_is_one_word()
    {
        Assert.Contains("Woordjoiners", PdfText.Words(Pdf("A1", "nl")).Split(' '));
    }

    private static byte[] Pdf(string level, string language) =>
        Pdfs.GetOrAdd(level + "/" + language, _ => new PdfDocumentWriter(BundledPdfs.Theme).Write(HardProfile.Document(level, language)));

    private static int MissingGlyphs(byte[] pdf) =>
        PdfStreams.PageContents(pdf)
            .SelectMany(content => HexString().Matches(content).Select(m => m.Groups[1].Value))
            .Where(s => s.Length % 4 == 0)
            .Sum(s => Enumerable.Range(0, s.Length / 4).Count(i => s.AsSpan(4 * i, 4).SequenceEqual("0000")));

    [GeneratedRegex("<([0-9A-Fa-f]+)>")]
    private static partial Regex HexString();
}
