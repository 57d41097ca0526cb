using JobDescGen.Cli;
using JobDescGen.Pdf.Tests.Support;
using JobDescGen.Testing;

namespace JobDescGen.Pdf.Tests.Overview;

public sealed class OverviewPdfTests
{
    [Fact]
    public void Eight_levels_are_set_as_one_block_per_criterion_with_each_level_named()
    {
        var text = TextNormalizer.Collapse(PdfText.Words(Overview(RepoPaths.Of("tests", "JobDescGen.Tests", "Fixtures", "Levels", "eight"))));
        Assert.Contains("Reikwijdte Niveau D: Een team van 2 medewerkers op niveau D aansturen.", text, StringComparison.Ordinal);
        Assert.Contains("Niveau A5: Een team van 16 medewerkers op niveau A5 aansturen.", text, StringComparison.Ordinal);
        Assert.Contains("Niveau C: Beslissen binnen kader 1. (zelfde als Niveau D)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Four_levels_stay_a_matrix_with_every_cell_and_the_same_as_marks()
    {
        var text = TextNormalizer.Collapse(PdfText.Words(Overview(RepoPaths.Profiles)));
        Assert.Contains("Criterium Niveau C Niveau B Niveau A1 Niveau A2", text, StringComparison.Ordinal);
        Assert.Equal(2, text.Split("zelfde").Length - 1); // Supervisie and Oplossingen: A2 = A1 (table cells wrap, so only the word is counted)
        Assert.DoesNotContain("Niveau A1: ", text, StringComparison.Ordinal);
    }

    private static byte[] Overview(string profiles)
    {
        var folder = Directory.CreateTempSubdirectory("overview-pdf");
        try
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var exit = CliApp.Run(["overview", "--profiles", profiles, "--format", "pdf", "--output", folder.FullName + "/"], output, error);
            Assert.True(exit == 0, error.ToString());
            return File.ReadAllBytes(output.ToString().Trim());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
