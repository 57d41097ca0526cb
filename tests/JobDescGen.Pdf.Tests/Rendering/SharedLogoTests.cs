using JobDescGen.Diagnostics;
using JobDescGen.Marking;
using JobDescGen.Pdf.Rendering;
using JobDescGen.Pdf.Tests.Support;
using JobDescGen.Pdf.Theme;

namespace JobDescGen.Pdf.Tests.Rendering;

/// <summary>
/// A logo is decoded once per theme (<see cref="SharedLogo"/>) and its image object made once; the
/// PDFs are the bytes a logo decoded anew for the document gives, also when documents are written
/// on several threads at once.
/// </summary>
public sealed class SharedLogoTests
{
    public static TheoryData<string> Levels() => [.. BundledPdfs.Levels];

    [Theory]
    [MemberData(nameof(Levels))]
    public void A_document_with_the_shared_logo_has_the_bytes_of_one_decoded_anew(string level)
    {
        var theme = LogoTheme();
        var document = BundledPdfs.Generate(BundledPdfs.Bundled, level);
        var writer = new PdfDocumentWriter(theme);

        var first = writer.Write(document);
        var second = writer.Write(document);

        var expected = Uncached(document, theme);
        Assert.Equal(expected, first);
        Assert.Equal(expected, second);
        Assert.Single(PdfStreams.All(expected), stream => stream.Dictionary.Contains("/Image", StringComparison.Ordinal));
    }

    [Fact]
    public void Documents_written_at_the_same_time_on_two_threads_are_both_right()
    {
        // A fresh copy of the logo: both threads find it undecoded and may decode it at once.
        var theme = LogoTheme();
        var levels = new[] { "A1", "C" };
        var documents = levels.Select(level => BundledPdfs.Generate(BundledPdfs.Bundled, level)).ToArray();
        var expected = documents.Select(document => Uncached(document, theme with { Logo = [.. theme.Logo!] })).ToArray();

        for (var round = 0; round < 3; round++)
        {
            var shared = theme with { Logo = [.. theme.Logo!] };
            using var start = new Barrier(documents.Length);
            var results = new byte[documents.Length][];
            var threads = documents.Select((document, i) => new Thread(() =>
            {
                start.SignalAndWait();
                results[i] = new PdfDocumentWriter(shared).Write(document);
            })).ToList();
            threads.ForEach(thread => thread.Start());
            threads.ForEach(thread => thread.Join());

            for (var i = 0; i < documents.Length; i++)
            {
                Assert.Equal(expected[i], results[i]);
            }
        }
    }

    [Fact]
    public void A_logo_is_decoded_once_per_theme()
    {
        var logo = LogoTheme().Logo!;

        Assert.Same(SharedLogo.For(logo), SharedLogo.For(logo));
        Assert.NotSame(SharedLogo.For(logo), SharedLogo.For([.. logo]));
        Assert.Equal((120, 40), (SharedLogo.For(logo).Image.PixelWidth, SharedLogo.For(logo).Image.PixelHeight));
    }

    /// <summary>The PDF with the logo decoded for this document alone.</summary>
    private static byte[] Uncached(RenderedDocument document, PdfTheme theme) =>
        new PdfDocumentWriter(theme with { Logo = [.. theme.Logo!] }).Write(document);

    private static PdfTheme LogoTheme()
    {
        var diagnostics = new DiagnosticBag();
        var theme = ThemeLoader.Load(Path.Combine(AppContext.BaseDirectory, "TestData", "themes", "logo"), diagnostics);
        Assert.False(diagnostics.HasErrors);
        return theme!;
    }
}
