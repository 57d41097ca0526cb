using System.Text;
using JobDescGen.Pdf.Fonts.Embedding;
using JobDescGen.Pdf.Rendering.Objects;
using JobDescGen.Pdf.Rendering.Drawing;

namespace JobDescGen.Pdf.Tests.Rendering;

/// <summary>Glyph strings as the page content writer shows them: pair kerning and stretched spaces as TJ numbers.</summary>
public sealed class PageContentTests
{
    private static readonly FaceProgram Carlito = FaceProgram.For("Carlito-Regular")!;

    [Fact]
    public void Stretched_spaces_become_tj_numbers_before_their_glyphs()
    {
        // 'l' and 'i' are not kerned with each other or with a space.
        var (l, i, space) = (Carlito.Glyph('l'), Carlito.Glyph('i'), Carlito.Glyph(' '));
        var output = Show([l, space, i, space, l], [(2, -250), (4, 125.5)]);

        Assert.Equal($"[<{l:X4}{space:X4}>-250<{i:X4}{space:X4}>125.5<{l:X4}>]TJ\n", output);
    }

    [Fact]
    public void A_string_without_kerning_or_gaps_is_a_plain_tj()
    {
        var (l, i) = (Carlito.Glyph('l'), Carlito.Glyph('i'));

        Assert.Equal($"<{l:X4}{i:X4}{l:X4}>Tj\n", Show([l, i, l], []));
    }

    [Fact]
    public void A_gap_adds_to_the_kerning_of_its_pair()
    {
        var (t, o) = (Carlito.Glyph('T'), Carlito.Glyph('o'));
        var kern = -Carlito.Kerning.KernGlyphs(t, o) * 1000.0 / Carlito.UnitsPerEm;
        Assert.NotEqual(0, kern);

        var sum = Math.Round(kern + 10, 4).ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"[<{t:X4}>{sum}<{o:X4}>]TJ\n", Show([t, o], [(1, 10)]));
    }

    [Fact]
    public void A_character_no_font_has_is_not_kerned()
    {
        var font = new EmbeddedFont(Carlito, "F0");
        var (t, missing) = (font.Cid('T'), font.Cid(0x1FAE8));

        Assert.Equal(Carlito.GlyphCount, missing);
        Assert.Equal($"<{t:X4}{missing:X4}>Tj\n", Show([t, missing], []));
    }

    [Fact]
    public void A_simulated_bold_sets_each_character_as_much_wider_as_layout_measures_it()
    {
        var symbola = new EmbeddedFont(FaceProgram.For("Symbola-Regular")!, "F1");
        var carlito = new EmbeddedFont(Carlito, "F0");
        var output = new ByteBuffer();
        var content = new PageContent(output);

        content.TextState(new DrawnFace(symbola, SimulateBold: true, SimulateItalic: false), 10, PdfSharp.Drawing.XColors.Black);
        content.TextState(new DrawnFace(carlito, SimulateBold: false, SimulateItalic: false), 10, PdfSharp.Drawing.XColors.Black);
        var written = Encoding.ASCII.GetString(output.Written);

        // FontMeasurer adds 2% of the size per character of a simulated bold: 0.2 pt at 10 pt.
        var style = new JobDescGen.Pdf.Text.TextStyle("Symbola", 10, true, false, PdfSharp.Drawing.XColors.Black);
        var regular = style with { Bold = false };
        var measurer = new JobDescGen.Pdf.Text.FontMeasurer();
        Assert.Equal(0.2, measurer.Width("\u02F4", style) - measurer.Width("\u02F4", regular), 9);
        Assert.Contains("2 Tr\n0.2 Tc\n", written, StringComparison.Ordinal);
        Assert.Contains("0 Tr\n0 Tc\n", written, StringComparison.Ordinal);
    }

    private static string Show(List<ushort> glyphs, List<(int At, double Adjustment)> gaps)
    {
        var output = new ByteBuffer();
        new PageContent(output).Show(glyphs, gaps, Carlito);
        return Encoding.ASCII.GetString(output.Written);
    }
}
