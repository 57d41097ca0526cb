using DocumentFormat.OpenXml.Wordprocessing;
using JobDescGen.Docx.Tests.Support;
using JobDescGen.Testing;

namespace JobDescGen.Docx.Tests.Overview;

/// <summary>The overview read back from its DOCX: every level's statement of every criterion in its own cell, the common text once.</summary>
public sealed class DocxOverviewFidelityTests
{
    private static readonly Lazy<byte[]> Bytes = new(() => BundledDocx.Writer.Write(BundledDocuments.Overview()));

    [Fact]
    public void Every_criterion_statement_of_every_level_is_in_its_own_cell_once()
    {
        using var document = BundledDocx.Open(Bytes.Value);
        var table = document.MainDocumentPart!.Document!.Body!.Descendants<Table>()
            .Single(t => Cells(t.Elements<TableRow>().First()).FirstOrDefault() == "Criterium");
        var rows = table.Elements<TableRow>().Select(Cells).ToList();

        Assert.Equal(["Criterium", .. BundledDocuments.Levels.Select(l => "Niveau " + l)], rows[0]);
        var profile = BundledDocuments.Profile;
        Assert.Equal(profile.Criteria.Count, rows.Count - 1);
        for (var row = 0; row < profile.Criteria.Count; row++)
        {
            var cells = rows[row + 1];
            Assert.Equal(profile.Criteria[row].Name.Get("nl"), cells[0]);
            for (var column = 0; column < BundledDocuments.Levels.Length; column++)
            {
                var text = TextNormalizer.Collapse(BundledDocuments.Document(BundledDocuments.Levels[column]).Description.Criteria[row].Text);
                Assert.StartsWith(text, cells[column + 1], StringComparison.Ordinal);
                Assert.Equal(1, cells[column + 1].Split(text).Length - 1);
            }
        }
    }

    [Fact]
    public void Every_seed_sentence_is_there_and_the_common_text_once()
    {
        var text = TextNormalizer.Collapse(DocxText.Of(Bytes.Value));

        Assert.Empty(SeedSentences.All.Where(s => !text.Contains(s.Sentence, StringComparison.Ordinal)).Select(s => s.Sentence));
        var a1 = BundledDocuments.Document("A1").Description;
        foreach (var task in a1.ResultAreas.SelectMany(a => a.Tasks))
        {
            Assert.Equal(1, text.Split(TextNormalizer.Collapse(task)).Length - 1);
        }
    }

    private static List<string> Cells(TableRow row) =>
        [.. row.Elements<TableCell>().Select(cell => TextNormalizer.Collapse(string.Join(" ", cell.Elements<Paragraph>().Select(DocxText.Of))))];
}
