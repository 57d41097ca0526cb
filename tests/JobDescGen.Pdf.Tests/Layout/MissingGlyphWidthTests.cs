using JobDescGen.Pdf.Fonts;
using JobDescGen.Pdf.Fonts.TrueType;
using JobDescGen.Pdf.Text;
using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Tests.Layout;

/// <summary>
/// A character that no font of the chain has is drawn as the style's own face's missing glyph
/// (glyph 0, .notdef) with that glyph's advance: layout must reserve exactly that width, or the box
/// overlaps its neighbours.
/// </summary>
public sealed class MissingGlyphWidthTests
{
    private static readonly FontChain Chain = new(["DejaVu Sans", "Symbola"]);

    [Theory]
    [InlineData("\uAC00", "Carlito", false, false)] // 가: Hangul, in none of the bundled fonts
    [InlineData("\uAC00", "Carlito", true, false)]
    [InlineData("\U00020000", "Carlito", false, true)] // a rare CJK ideograph, beyond the BMP
    [InlineData("\U0001FAE0", "Carlito", false, false)] // melting face: an emoji newer than Symbola
    [InlineData("\U0001FAE0", "DejaVu Sans", true, false)]
    public void A_character_no_font_has_is_as_wide_as_the_primary_faces_glyph_zero(string character, string family, bool bold, bool italic)
    {
        var codePoint = char.ConvertToUtf32(character, 0);
        Assert.False(FontFallback.Covered(codePoint, family, Chain), $"U+{codePoint:X} is covered: pick another character");
        var style = new TextStyle(family, 11.5, bold, italic, XColors.Black) { Fallback = Chain };

        var expected = GlyphZeroAdvance(family, bold, italic) * style.Size;

        Assert.Equal(expected, new FontMeasurer().Width(character, style), 9);
        Assert.Equal(expected, FontMeasurer.Shared.Width(character, style), 9);
    }

    [Fact]
    public void Missing_glyphs_in_a_word_add_their_advance_and_no_kerning()
    {
        var style = new TextStyle("Carlito", 11, false, false, XColors.Black) { Fallback = Chain };
        var measurer = new FontMeasurer();
        var notdef = GlyphZeroAdvance("Carlito", false, false) * style.Size;

        var word = measurer.Width("Ta\uAC00\uAC00To", style);

        Assert.Equal(measurer.Width("Ta", style) + (2 * notdef) + measurer.Width("To", style), word, 9);
    }

    /// <summary>Glyph 0's advance in ems, read from the font file itself (hmtx's first entry over head's unitsPerEm).</summary>
    private static double GlyphZeroAdvance(string family, bool bold, bool italic)
    {
        var font = BundledFonts.Read(BundledFonts.FaceName(family, bold, italic)) ?? throw new InvalidOperationException($"{family} is not bundled");
        var tables = new FontTables(font);
        return (double)FontTables.U16(tables["hmtx"], 0) / FontTables.U16(tables["head"], 18);
    }
}
