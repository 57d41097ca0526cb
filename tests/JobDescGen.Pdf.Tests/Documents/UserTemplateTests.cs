using JobDescGen.Generation;
using JobDescGen.Pdf.Tests.Support;
using JobDescGen.Rendering;
using UglyToad.PdfPig;

using JobDescGen.Testing;

namespace JobDescGen.Pdf.Tests.Documents;

/// <summary>A user's own template, written to PDF and read back.</summary>
public sealed class UserTemplateTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("jobdescgen-template-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Indented_code_is_drawn_where_it_was_measured()
    {
        // The indentation is kept in no-break spaces, which the font must draw as wide as measured.
        var pdf = Write("# {{ title }}\n\n```\nfenced\n    met inspringing\n```\n");
        using var document = PdfDocument.Open(pdf);
        var words = document.GetPage(1).GetWords().ToList();
        var fenced = words.Single(w => w.Text == "fenced").BoundingBox;
        var met = words.Single(w => w.Text.EndsWith("met", StringComparison.Ordinal)).BoundingBox;
        var next = words.Single(w => w.Text == "inspringing").BoundingBox;

        Assert.True(met.Right <= next.Left, $"'met' ends at {met.Right}, past the start of the next word at {next.Left}");
        Assert.InRange(next.Left - fenced.Left, 20, 40);
        Assert.DoesNotContain(document.GetPage(1).Letters, l => l.Value == "\u00A0" && l.BoundingBox.Width > 5);
    }

    private byte[] Write(string template)
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "job-description.md.sbn"), template);
        var generated = new JobDescriptionGenerator(new TemplateSource(_folder.FullName), BundledDocuments.PinnedDate).Generate(BundledPdfs.Bundled, "A1");
        return new PdfDocumentWriter(BundledPdfs.Theme).Write(generated.Required);
    }
}
