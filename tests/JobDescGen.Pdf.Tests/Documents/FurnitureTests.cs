using JobDescGen.Diagnostics;
using JobDescGen.Pdf.Tests.Support;
using JobDescGen.Pdf.Theme;

using JobDescGen.Testing;

namespace JobDescGen.Pdf.Tests.Documents;

/// <summary>Running header and footer under themes at the edge of what is allowed.</summary>
public sealed class FurnitureTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("jobdescgen-furniture-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Narrowest_margins_and_largest_furniture_keep_header_and_footer_on_the_page()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, ThemeLoader.FileName), "page:\n  margin_top: 10\n  margin_bottom: 10\nfurniture:\n  size: 14\n");
        var theme = ThemeLoader.Load(_folder.FullName, new DiagnosticBag())!;
        var pdf = new PdfDocumentWriter(theme).Write(BundledPdfs.Generate(BundledPdfs.Bundled, "A1"));
        var pages = PdfText.PageCount(pdf);
        Assert.True(pages >= 2);

        for (var page = 1; page <= pages; page++)
        {
            // Furniture lies in the margins, on the paper: above the text area and below it.
            var header = PdfText.BandWords(pdf, page, theme.PageHeight - theme.Margins.Top, theme.PageHeight);
            var footer = PdfText.BandWords(pdf, page, 0, theme.Margins.Bottom);
            Assert.Equal(page == 1 ? string.Empty : "Leidinggevende — Niveau A1", header);
            Assert.EndsWith($"Pagina {page} van {pages}", footer, StringComparison.Ordinal);
            Assert.StartsWith("Versie", footer, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_footer_comes_from_the_data_not_from_an_introduction_under_the_title()
    {
        // A user's template with a long introduction where the built-in one has its byline.
        var templates = Path.Combine(_folder.FullName, "templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(
            Path.Combine(templates, "job-description.md.sbn"),
            "# {{ title }}\n\nDeze functiebeschrijving legt uit wat een leidinggevende doet, voor wie en waarom; lees haar samen met het personeelsplan en de opdrachtbrief van de dienst, die de context geven waarin de taken worden uitgevoerd.\n\n## {{ labels.purpose }}\n\n{{ purpose.action }}\n");
        var generated = new JobDescGen.Generation.JobDescriptionGenerator(new JobDescGen.Rendering.TemplateSource(templates), BundledDocuments.PinnedDate).Generate(BundledPdfs.Bundled, "A1");
        var pdf = new PdfDocumentWriter(BundledPdfs.Theme).Write(generated.Required);

        var footer = PdfText.BandWords(pdf, 1, 0, BundledPdfs.Theme.Margins.Bottom);
        Assert.DoesNotContain("functiebeschrijving", footer, StringComparison.Ordinal);
        Assert.Contains("FOD Beleid en Ondersteuning", footer, StringComparison.Ordinal);
        Assert.Contains("Deze functiebeschrijving legt uit", PdfText.ContentWords(pdf), StringComparison.Ordinal);
    }
}
