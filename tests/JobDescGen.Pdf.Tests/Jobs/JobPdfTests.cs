using JobDescGen.Pdf.Tests.Layout;
using JobDescGen.Pdf.Tests.Support;
using JobDescGen.Testing;

namespace JobDescGen.Pdf.Tests.Jobs;

/// <summary>The example specific job as a PDF: its page plan, and its text read back in the rubrics' order.</summary>
public sealed class JobPdfTests
{
    private static readonly Lazy<byte[]> Pdf = new(() => new PdfDocumentWriter(BundledPdfs.Theme).Write(BundledJob.Document));

    [Fact]
    public void The_page_plan_of_the_example_job_is_stable() =>
        Snapshot.Match(LayoutSnapshotTests.Describe(WriterLayout.Of(BundledJob.Document)), "page-plan-job");

    [Fact]
    public void The_text_read_back_has_the_rubrics_in_order_and_every_generic_A1_criterion()
    {
        var text = PdfText.Squeeze(PdfText.Words(Pdf.Value));
        string[] headings =
        [
            "1.Identificatievandefunctie", "2.Doelvandefunctie", "3.Resultaatgebieden", "4.Netwerkelementen", "5.Organogram",
            "6.Positionering", "7.Autonomie", "8.Impact", "9.Technischeexpertise", "10.Innovatie", "11.Generiekcompetentieprofiel",
            "12.Specifiekecontextvandefunctie", "Onderscheidendecriteria",
        ];
        var positions = headings.Select(h => text.IndexOf(h, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        foreach (var criterion in BundledJob.Document.Description.Criteria)
        {
            Assert.Contains(PdfText.Squeeze(criterion.Text.Replace("*", string.Empty, StringComparison.Ordinal)), text.Replace("*", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        }

        Assert.Contains(PdfText.Squeeze("Het team werkt in het gebouw in Brussel"), text, StringComparison.Ordinal);
    }
}
