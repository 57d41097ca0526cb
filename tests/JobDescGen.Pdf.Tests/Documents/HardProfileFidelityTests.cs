using System.Collections.Concurrent;
using JobDescGen.Pdf.Tests.Support;
using JobDescGen.Testing;

namespace JobDescGen.Pdf.Tests.Documents;

/// <summary>
/// Word fidelity of the hard bilingual profile in the PDF, read back with PdfPig: every text of a
/// level and language appears in the tagged content (hyphenated line ends joined), each character drawn with a font that
/// has it (no missing-glyph box; a character no font has is drawn as .notdef and read back as itself), formatting characters never drawn, emoji copied out whole.
/// </summary>
public sealed class HardProfileFidelityTests
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
        // A character no font has is drawn as .notdef, the empty box, and read back as itself:
        // every character read back must be one some font of the theme's chain has.
        Assert.Empty(Uncovered(Pdf(level, language)));
    }

    [Fact]
    public void A_character_no_font_has_is_drawn_as_notdef_and_copies_out_with_its_neighbours()
    {
        // U+1F979 and a Hangul syllable: in none of the bundled fonts.
        var pdf = new PdfDocumentWriter(BundledPdfs.Theme).Write(BundledDocuments.Mark("# Titel\n\nTekst 🥹 en 한 hier.\n"));

        Assert.Equal(["🥹", "한"], Uncovered(pdf));
        Assert.Contains("Tekst 🥹 en 한 hier.", PdfText.Words(pdf), StringComparison.Ordinal);

        // Each gets a CID of its own past Carlito's glyphs, with .notdef's own advance as its width.
        var carlito = JobDescGen.Pdf.Fonts.Embedding.FaceProgram.For("Carlito-Regular")!;
        var notdef = carlito.Width(0).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"{carlito.GlyphCount}[{notdef} {notdef}]", PdfStreams.Expanded(pdf), StringComparison.Ordinal);
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

    /// <summary>The characters read back from the PDF that no font of the theme's chain has.</summary>
    private static List<string> Uncovered(byte[] pdf)
    {
        var theme = BundledPdfs.Theme;
        var chain = new JobDescGen.Pdf.Fonts.FontChain(theme.FontFallback);
        var words = PdfText.Words(pdf);
        var uncovered = new List<string>();
        for (var i = 0; i < words.Length; i += char.IsSurrogatePair(words, i) ? 2 : 1)
        {
            var codePoint = char.ConvertToUtf32(words, i);
            if (!char.IsWhiteSpace(words, i) && !JobDescGen.Pdf.Fonts.FontFallback.Covered(codePoint, theme.FontFamily, chain))
            {
                uncovered.Add(char.ConvertFromUtf32(codePoint));
            }
        }

        return uncovered;
    }

}
