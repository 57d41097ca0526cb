using JobDescGen.Diagnostics;
using JobDescGen.Pdf.Tests.Support;
using JobDescGen.Pdf.Theme;

namespace JobDescGen.Pdf.Tests.Theme;

public sealed class ThemeLoaderTests
{
    private static string Themes(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "themes", name);

    [Fact]
    public void The_built_in_theme_sets_an_a4_page_with_the_bundled_font()
    {
        var theme = BundledPdfs.Theme;

        Assert.Equal(595.276, theme.PageWidth, 3);
        Assert.Equal(841.89, theme.PageHeight, 3);
        Assert.Equal("Carlito", theme.FontFamily);
        Assert.Null(theme.Logo);
    }

    [Fact]
    public void A_user_theme_overrides_only_the_keys_it_names()
    {
        var diagnostics = new DiagnosticBag();
        var theme = ThemeLoader.Load(Themes("logo"), diagnostics);

        Assert.Empty(diagnostics);
        Assert.NotNull(theme);
        Assert.Equal(11, theme.BodySize);
        Assert.Equal("Testorganisatie", theme.Author);
        Assert.NotNull(theme.Logo);
        Assert.EndsWith(Path.Combine("logo", "theme.yaml"), theme.File, StringComparison.Ordinal);
        Assert.Equal(BundledPdfs.Theme with { BodySize = 11, Author = "Testorganisatie", Logo = theme.Logo, LogoWidth = theme.LogoWidth, File = theme.File }, theme);
    }

    [Fact]
    public void A_broken_theme_gets_one_located_error_per_mistake()
    {
        var diagnostics = new DiagnosticBag();
        var theme = ThemeLoader.Load(Themes("broken"), diagnostics);

        Assert.Null(theme);
        var file = Path.Combine(Themes("broken"), "theme.yaml");
        var errors = diagnostics.Sorted().Select(d => (d.Location.File, d.Location.Line, d.Location.Column, d.Message)).ToList();
        Assert.Equal(
            [
                (file, 3, 9, "'page.size' cannot be 'A5'"),
                (file, 4, 15, "'page.margin_top' is 200, outside 10–60"),
                (file, 6, 3, "unknown key 'sise' in 'font'"),
                (file, 8, 10, "'text.color' is not a colour: '#12345'"),
                (file, 10, 9, "'logo.file': no file 'missing.png'"),
            ],
            errors);
        Assert.Equal("did you mean 'size'?", diagnostics.Single(d => d.Message.Contains("sise", StringComparison.Ordinal)).Hint);
    }

    [Fact]
    public void A_theme_that_is_not_yaml_gets_a_located_syntax_error()
    {
        var folder = Directory.CreateTempSubdirectory("jobdescgen-theme-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, ThemeLoader.FileName), "font:\n  size: [11\n");
            var diagnostics = new DiagnosticBag();

            Assert.Null(ThemeLoader.Load(folder.FullName, diagnostics));
            var error = Assert.Single(diagnostics);
            Assert.StartsWith("YAML syntax error", error.Message, StringComparison.Ordinal);
            Assert.True(error.Location.HasPosition);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_logo_is_drawn_on_the_first_page_only()
    {
        var theme = ThemeLoader.Load(Themes("logo"), new DiagnosticBag())!;
        var pdf = new PdfDocumentWriter(theme).Write(BundledPdfs.Generate(BundledPdfs.Bundled, "A1"));
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);

        Assert.Single(document.GetPage(1).GetImages());
        Assert.Empty(document.GetPage(2).GetImages());
        // The profile names its organisation, which wins over the theme's fallback author.
        Assert.Equal("FOD Beleid en Ondersteuning", document.Information.Author);
    }
}
