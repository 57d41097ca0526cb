using JobDescGen.Diagnostics;
using JobDescGen.Pdf.Theme;

namespace JobDescGen.Pdf.Tests.Theme;

/// <summary>
/// Issue 12, critical 7: margins 60, font 24 with line height 3, first column 60 and cell padding
/// 30 are each within range, passed validate, and ran the PDF layout out of memory (1.6 GB, exit 70).
/// </summary>
public sealed class ThemeGeometryTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("jobdescgen-geometry-");

    private string File => Path.Combine(_folder.FullName, ThemeLoader.FileName);

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void The_theme_of_the_issue_is_an_error_naming_the_values_that_decide_it()
    {
        System.IO.File.WriteAllText(File, "page:\n  margin_top: 60\n  margin_bottom: 60\n  margin_left: 60\n  margin_right: 60\nfont:\n  size: 24\n  line_height: 3\ntable:\n  first_column: 60\n  padding_x: 30\n  padding_y: 30\n");
        var diagnostics = new DiagnosticBag();

        Assert.Null(ThemeLoader.Load(_folder.FullName, diagnostics));

        var error = Assert.Single(diagnostics);
        Assert.Equal(File, error.Location.File);
        Assert.Equal("the criteria table leaves its columns 93 pt and 42 pt wide for text, less than the 96 pt (4 times font.size) a cell needs: text width 255 pt (page minus margin_left and margin_right), table.first_column 60 %, table.padding_x 30 pt on each side", error.Message);
    }

    [Fact]
    public void The_built_in_theme_and_generous_values_pass()
    {
        System.IO.File.WriteAllText(File, "page:\n  margin_left: 40\n  margin_right: 40\nfont:\n  size: 14\n  line_height: 2\ntable:\n  first_column: 40\n  padding_x: 10\n");
        var diagnostics = new DiagnosticBag();

        Assert.NotNull(ThemeLoader.Load(_folder.FullName, diagnostics));
        Assert.NotNull(ThemeLoader.Load(null, diagnostics));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_logo_with_a_png_signature_that_does_not_decode_is_blamed_on_the_theme()
    {
        System.IO.File.WriteAllBytes(Path.Combine(_folder.FullName, "logo.png"), [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[64]]);
        System.IO.File.WriteAllText(File, "logo:\n  file: logo.png\n");
        var diagnostics = new DiagnosticBag();

        Assert.Null(ThemeLoader.Load(_folder.FullName, diagnostics));

        var error = Assert.Single(diagnostics);
        Assert.Equal((File, 2, 9), (error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Equal("'logo.file': 'logo.png' starts like a PNG image but cannot be decoded", error.Message);
    }

    [Fact]
    public void A_logo_with_a_jpeg_signature_that_does_not_decode_is_blamed_on_the_theme()
    {
        System.IO.File.WriteAllBytes(Path.Combine(_folder.FullName, "logo.jpg"), [0xFF, 0xD8, 0xFF, 0xE0, .. new byte[64]]);
        System.IO.File.WriteAllText(File, "logo:\n  file: logo.jpg\n");
        var diagnostics = new DiagnosticBag();

        Assert.Null(ThemeLoader.Load(_folder.FullName, diagnostics));
        Assert.Equal("'logo.file': 'logo.jpg' starts like a JPEG image but cannot be decoded", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void A_logo_linked_from_outside_the_templates_folder_is_refused()
    {
        var outside = Path.Combine(Path.GetTempPath(), $"jobdescgen-logo-{Guid.NewGuid():N}.png");
        System.IO.File.Copy(Path.Combine(AppContext.BaseDirectory, "TestData", "themes", "logo", "logo.png"), outside);
        try
        {
            System.IO.File.CreateSymbolicLink(Path.Combine(_folder.FullName, "logo.png"), outside);
            System.IO.File.WriteAllText(File, "logo:\n  file: logo.png\n");
            var diagnostics = new DiagnosticBag();

            Assert.Null(ThemeLoader.Load(_folder.FullName, diagnostics));
            Assert.StartsWith($"'logo.file': cannot read 'logo.png': it is a link to {outside}, outside", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
        }
        finally
        {
            System.IO.File.Delete(outside);
        }
    }
}
