using System.Text;
using JobDescGen.Diagnostics;
using JobDescGen.Pdf.Tests.Support;
using JobDescGen.Pdf.Theme;
using UglyToad.PdfPig;

namespace JobDescGen.Pdf.Tests.Documents;

/// <summary>Who the PDF says wrote it when the profile names no organisation.</summary>
public sealed class AuthorTests
{
    private static readonly JobDescGen.Model.RoleProfile Anonymous =
        BundledPdfs.Bundled with { Metadata = BundledPdfs.Bundled.Metadata with { Organisation = null } };

    [Fact]
    public void The_themes_author_is_the_fallback_for_a_profile_without_organisation()
    {
        var theme = ThemeLoader.Load(Path.Combine(AppContext.BaseDirectory, "TestData", "themes", "logo"), new DiagnosticBag())!;
        var pdf = new PdfDocumentWriter(theme).Write(BundledPdfs.Generate(Anonymous, "A1"));
        using var document = PdfDocument.Open(pdf);

        Assert.Equal("Testorganisatie", document.Information.Author);
        Assert.Contains("<rdf:li>Testorganisatie</rdf:li>", Encoding.UTF8.GetString(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_any_author_no_empty_creator_is_written()
    {
        var pdf = new PdfDocumentWriter(BundledPdfs.Theme).Write(BundledPdfs.Generate(Anonymous, "A1"));
        var raw = Encoding.Latin1.GetString(pdf);
        using var document = PdfDocument.Open(pdf);

        Assert.DoesNotContain("dc:creator", raw, StringComparison.Ordinal);
        Assert.Contains("pdfuaid:part", raw, StringComparison.Ordinal);
        Assert.True(string.IsNullOrEmpty(document.Information.Author));
    }
}
