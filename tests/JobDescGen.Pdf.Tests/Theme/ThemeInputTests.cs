using System.Text;
using JobDescGen.Diagnostics;
using JobDescGen.Pdf.Theme;

namespace JobDescGen.Pdf.Tests.Theme;

/// <summary>Theme files that parse but must not be taken as they are: odd numbers, odd encodings.</summary>
public sealed class ThemeInputTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("jobdescgen-theme-");

    private string File => Path.Combine(_folder.FullName, ThemeLoader.FileName);

    public void Dispose() => _folder.Delete(recursive: true);

    [Theory]
    [InlineData("NaN")]
    [InlineData(".nan")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    public void A_number_that_is_not_finite_is_a_located_error(string value)
    {
        System.IO.File.WriteAllText(File, $"font:\n  size: {value}\n");
        var diagnostics = new DiagnosticBag();

        Assert.Null(ThemeLoader.Load(_folder.FullName, diagnostics));
        var error = Assert.Single(diagnostics);
        Assert.Equal((File, 2, 9), (error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Equal($"'font.size' is not a number: '{value}'", error.Message);
    }

    [Fact]
    public void A_theme_that_is_not_utf8_is_a_located_error()
    {
        // "Société" in Latin-1: the é is a lone byte that UTF-8 does not allow.
        System.IO.File.WriteAllBytes(File, Encoding.Latin1.GetBytes("metadata:\n  author: Soci\u00e9t\u00e9\n"));
        var diagnostics = new DiagnosticBag();

        Assert.Null(ThemeLoader.Load(_folder.FullName, diagnostics));
        var error = Assert.Single(diagnostics);
        Assert.Equal("the file is not UTF-8 text", error.Message);
        Assert.Equal((File, 2, 15), (error.Location.File, error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void A_utf16_theme_with_a_byte_order_mark_is_read()
    {
        System.IO.File.WriteAllText(File, "metadata:\n  author: Soci\u00e9t\u00e9\n", Encoding.Unicode);
        var diagnostics = new DiagnosticBag();

        var theme = ThemeLoader.Load(_folder.FullName, diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal("Soci\u00e9t\u00e9", theme!.Author);
    }
}
