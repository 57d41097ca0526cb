using System.Text;
using JobDescGen.Pdf.Fonts;
using JobDescGen.Pdf.Rendering;
using JobDescGen.Pdf.Rendering.Compaction;

namespace JobDescGen.Pdf.Tests.Rendering;

/// <summary>The page-content pass on small hand-written streams, as PDFsharp writes them.</summary>
public sealed class ContentNormalizerTests
{
    private static readonly Dictionary<string, FaceKerning?> NoKerning = new() { ["F0"] = null };

    [Fact]
    public void Stretched_spaces_of_a_string_become_tj_adjustments_before_their_glyphs()
    {
        var marks = new PageMarks([], [], [new WordGap(0, 2, -250), new WordGap(0, 4, 125.5)]);

        var output = Normalize("BT\n/F0 10 Tf\n10 20 Td\n<000100020003000400050006> Tj\nET\n", NoKerning, marks);

        Assert.Equal("/F0 10 Tf\nBT\n10 20 Td\n[<00010002>-250<00030004>125.5<00050006>]TJ\nET\n", output);
    }

    [Fact]
    public void Gaps_go_to_their_own_string_only()
    {
        var marks = new PageMarks([], [], [new WordGap(1, 1, -100)]);

        var output = Normalize("BT\n/F0 10 Tf\n10 20 Td\n<00010002> Tj\n0 -12 Td\n<00030004> Tj\nET\n", NoKerning, marks);

        Assert.Equal("/F0 10 Tf\nBT\n10 20 Td\n<00010002>Tj\n0 -12 Td\n[<0003>-100<0004>]TJ\nET\n", output);
    }

    [Fact]
    public void Gaps_add_to_the_kerning_of_their_pair()
    {
        var kerning = FaceKerning.For("Carlito-Regular")!;
        var (t, o) = (kerning.Glyph('T'), kerning.Glyph('o'));
        var kern = -kerning.KernGlyphs(t, o) * 1000.0 / kerning.UnitsPerEm;
        Assert.NotEqual(0, kern);
        var marks = new PageMarks([], [], [new WordGap(0, 1, 10)]);

        var output = Normalize($"BT\n/F0 10 Tf\n1 2 Td\n<{t:X4}{o:X4}> Tj\nET\n", new Dictionary<string, FaceKerning?> { ["F0"] = kerning }, marks);

        var sum = Math.Round(kern + 10, 4).ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"[<{t:X4}>{sum}<{o:X4}>]TJ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spaced_string_that_is_not_glyph_ids_is_refused()
    {
        var marks = new PageMarks([], [], [new WordGap(0, 1, -100)]);

        Assert.Throws<FormatException>(() => Normalize("BT\n/F0 10 Tf\n1 2 Td\n(ab) Tj\nET\n", NoKerning, marks));
    }

    private static string Normalize(string content, IReadOnlyDictionary<string, FaceKerning?> fonts, PageMarks marks)
    {
        var output = new ByteBuffer();
        ContentNormalizer.Normalize(Encoding.ASCII.GetBytes(content), fonts, marks, output);
        return Encoding.ASCII.GetString(output.Written);
    }
}
