using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using JobDescGen.Docx.Tests.Support;
using JobDescGen.Testing;

namespace JobDescGen.Docx.Tests.Jobs;

/// <summary>The example specific job as a Word document: its text as read back, and a valid package.</summary>
public sealed class JobDocxTests
{
    private static readonly Lazy<byte[]> Docx = new(() => BundledDocx.Writer.Write(BundledJob.Document));

    [Fact]
    public void The_text_of_the_example_job_matches_its_approved_snapshot() =>
        Snapshot.Match(DocxText.Of(Docx.Value), "job", "docx.txt");

    [Fact]
    public void The_example_job_has_no_validator_errors_and_its_rubrics_are_headings()
    {
        using var document = BundledDocx.Open(Docx.Value);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document).Select(e => e.Description));
        var headings = document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading2")
            .Select(DocxText.Of)
            .ToList();
        Assert.Equal("1. Identificatie van de functie", headings[0]);
        Assert.Equal("12. Specifieke context van de functie", headings[11]);
    }
}
