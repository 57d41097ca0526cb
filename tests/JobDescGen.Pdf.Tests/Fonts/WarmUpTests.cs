using JobDescGen.Diagnostics;
using JobDescGen.Pdf.Theme;

namespace JobDescGen.Pdf.Tests.Fonts;

/// <summary>
/// The background warm-up of a cold <c>generate</c> must never be the one to fail: whatever the
/// templates folder holds, it ends quietly and the writer reports the problem as before.
/// </summary>
public sealed class WarmUpTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("jobdescgen-warmup-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void A_broken_theme_ends_the_warm_up_and_is_reported_by_the_writer_alone()
    {
        var templates = Path.Combine(AppContext.BaseDirectory, "TestData", "themes", "broken");

        PdfWarmUp.Run(templates);

        var diagnostics = new DiagnosticBag();
        Assert.Null(ThemeLoader.Load(templates, diagnostics));
        Assert.Equal(5, diagnostics.Sorted().Count(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void A_theme_file_that_is_a_folder_or_unreadable_text_ends_the_warm_up_quietly()
    {
        Directory.CreateDirectory(Path.Combine(_folder.FullName, "theme.yaml"));
        PdfWarmUp.Run(_folder.FullName);

        Directory.Delete(Path.Combine(_folder.FullName, "theme.yaml"));
        File.WriteAllBytes(Path.Combine(_folder.FullName, "theme.yaml"), [0xFF, 0xFE, 0x00, 0x7B, 0x5B]);
        PdfWarmUp.Run(_folder.FullName);
        PdfWarmUp.Run(Path.Combine(_folder.FullName, "missing"));
    }

}
