using JobDescGen.Diagnostics;
using JobDescGen.Pdf.Fonts;
using JobDescGen.Pdf.Fonts.Embedding;
using JobDescGen.Pdf.Tests.Support;
using JobDescGen.Pdf.Text;
using JobDescGen.Pdf.Theme;
using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Tests.Fonts;

/// <summary>Each character drawn with the first font of the theme's chain that has it; formatting characters never drawn.</summary>
public sealed class FontFallbackTests
{
    private static readonly TextStyle Body = new("Carlito", 11, false, false, XColors.Black) { Fallback = new FontChain(["DejaVu Sans", "Symbola"]) };

    [Fact]
    public void The_built_in_theme_falls_back_to_DejaVu_Sans_then_Symbola()
    {
        Assert.Equal(["DejaVu Sans", "Symbola"], BundledPdfs.Theme.FontFallback);
    }

    [Theory]
    [InlineData("€", "Carlito")]
    [InlineData("≥", "Carlito")]
    [InlineData("Ł", "Carlito")]
    [InlineData("θ", "Carlito")]
    [InlineData("✔", "DejaVu Sans")]
    [InlineData("★", "DejaVu Sans")]
    [InlineData("\u2011", "DejaVu Sans")]
    [InlineData("🚀", "Symbola")]
    [InlineData("👍", "Symbola")]
    public void A_character_goes_to_the_first_family_that_has_it(string character, string family) =>
        Assert.Equal(family, FontFallback.FamilyFor(char.ConvertToUtf32(character, 0), Body));

    [Fact]
    public void Text_is_split_into_one_stretch_per_font_without_formatting_characters()
    {
        var stretches = FontFallback.Split("Start 🚀 ar\u00ADbeids\u2060joiner ✔ klaar", Body);

        Assert.Equal(
            [("Start ", "Carlito"), ("🚀", "Symbola"), (" arbeidsjoiner ", "Carlito"), ("✔", "DejaVu Sans"), (" klaar", "Carlito")],
            stretches.Select(s => (s.Text, s.Style.Family)));
    }

    [Fact]
    public void Without_a_chain_a_missing_character_stays_with_the_family()
    {
        var plain = Body with { Fallback = FontChain.None };

        Assert.Equal("Carlito", FontFallback.FamilyFor(0x1F680, plain));
    }

    [Theory]
    [InlineData("\u00AD")]
    [InlineData("\u2060")]
    [InlineData("\u200B")]
    [InlineData("\u200D")]
    [InlineData("\u200E")]
    [InlineData("\u202B")]
    [InlineData("\u2068")]
    [InlineData("\uFE0F")]
    public void Formatting_characters_take_no_room(string formatting)
    {
        var measurer = FontMeasurer.Shared;

        Assert.Equal(measurer.Width("Verzekering", Body), measurer.Width("Verze" + formatting + "kering", Body), 6);
    }

    [Fact]
    public void A_fallback_stretch_is_measured_with_its_own_font()
    {
        var measurer = FontMeasurer.Shared;
        var rocket = measurer.Width("🚀", Body with { Family = "Symbola" });

        Assert.True(rocket > 5, $"rocket {rocket}");
        Assert.Equal(measurer.Width("a", Body) + rocket + measurer.Width("b", Body), measurer.Width("a🚀b", Body), 6);
    }

    [Fact]
    public void A_code_point_beyond_the_bmp_gets_a_utf16_destination_in_the_to_unicode_map()
    {
        var font = new EmbeddedFont(FaceProgram.For("Symbola-Regular")!, "F0");
        var rocket = font.Cid(0x1F680);
        var thumb = font.Cid(0x1F44D);

        var cmap = System.Text.Encoding.ASCII.GetString(ToUnicodeMap.Of(font));

        Assert.Contains($"<{thumb:X4}> <D83DDC4D>", cmap, StringComparison.Ordinal);
        Assert.Contains($"<{rocket:X4}> <D83DDE80>", cmap, StringComparison.Ordinal);
    }

    [Fact]
    public void A_theme_names_its_fallback_families_from_the_bundled_ones()
    {
        var folder = Directory.CreateTempSubdirectory("jobdescgen-theme-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, ThemeLoader.FileName), "font:\n  fallback: [Symbola, Wingdings]\n");
            var diagnostics = new DiagnosticBag();

            Assert.Null(ThemeLoader.Load(folder.FullName, diagnostics));
            var error = Assert.Single(diagnostics);
            Assert.Equal((2, 23), (error.Location.Line, error.Location.Column));
            Assert.Equal("'font.fallback': 'Wingdings' is not a bundled font family", error.Message);
            Assert.Contains("Carlito, DejaVu Sans, Symbola", error.Hint, StringComparison.Ordinal);

            File.WriteAllText(Path.Combine(folder.FullName, ThemeLoader.FileName), "font:\n  fallback: ~\n");
            var none = ThemeLoader.Load(folder.FullName, diagnostics = new DiagnosticBag());
            Assert.Empty(none!.FontFallback);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
