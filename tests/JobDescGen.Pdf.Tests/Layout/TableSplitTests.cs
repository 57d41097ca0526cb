using JobDescGen.Pdf.Elements;
using JobDescGen.Pdf.Layout;
using JobDescGen.Pdf.Tests.Support;
using static JobDescGen.Pdf.Tests.Layout.LayoutFactory;

namespace JobDescGen.Pdf.Tests.Layout;

public sealed class TableSplitTests
{
    private static readonly double Width = BundledPdfs.Theme.ContentWidth;

    [Fact]
    public void Splits_between_rows_and_repeats_the_header_on_every_page()
    {
        var markdown = "| Criterium | Niveau |\n| --- | --- |\n" + string.Join("\n", Enumerable.Range(1, 40).Select(i => $"| Rij {i:00} | Tekst van rij {i:00} die enkele woorden lang is. |"));
        var layout = Paginator.Paginate(FromMarkdown(markdown), Width, 250);

        Assert.True(layout.Pages.Count >= 3);
        var rowsSeen = new List<string>();
        foreach (var page in layout.Pages)
        {
            var table = Assert.IsType<TableBlock>(LayoutFactory.Only(page));
            Assert.True(table.Measure(Width) <= 250);
            var recorder = new RecordingDrawContext();
            table.Draw(recorder, 0, 0, Width);
            var texts = recorder.Texts.OrderBy(t => t.Baseline).ThenBy(t => t.X).Select(t => t.Text.Trim()).ToList();

            // The header comes first on every page.
            Assert.Equal(["Criterium", "Niveau"], texts.Take(2));
            rowsSeen.AddRange(System.Text.RegularExpressions.Regex.Matches(string.Join(" ", texts), @"Rij \d\d").Select(m => m.Value));
        }

        // Every row once, in order: nothing lost or doubled at the page breaks.
        Assert.Equal(Enumerable.Range(1, 40).Select(i => $"Rij {i:00}"), rowsSeen);
    }

    [Fact]
    public void Only_the_first_part_tags_the_header_the_repeats_are_artifacts()
    {
        var markdown = "| A | B |\n| --- | --- |\n" + string.Join("\n", Enumerable.Range(1, 30).Select(i => $"| {i} | tekst |"));
        var layout = Paginator.Paginate(FromMarkdown(markdown), Width, 200);
        var events = new List<List<string>>();
        foreach (var page in layout.Pages)
        {
            var recorder = new RecordingDrawContext();
            page.Draw(recorder, 0, 0, Width);
            events.Add(recorder.Events);
        }

        Assert.Equal("<Table", events[0].First(e => e.StartsWith('<') && e != "<artifact"));
        Assert.All(events.Skip(1), page => Assert.DoesNotContain("<Table", page));
        Assert.All(events.Skip(1), page => Assert.Equal("<artifact", page[0]));
        Assert.Equal(1, events.Sum(e => e.Count(x => x == "<Table")));
    }

    [Fact]
    public void Splits_a_row_taller_than_a_page_inside_its_cells()
    {
        var longCell = string.Join(" ", Enumerable.Range(1, 150).Select(i => $"woord{i:000}"));
        var markdown = $"| A | B |\n| --- | --- |\n| kort | kort |\n| lang | {longCell} |\n| einde | einde |";
        var layout = Paginator.Paginate(FromMarkdown(markdown), Width, 200);

        Assert.True(layout.Pages.Count >= 3);
        var words = new List<string>();
        foreach (var page in layout.Pages)
        {
            Assert.True(page.Measure(Width) <= 200.001);
            var recorder = new RecordingDrawContext();
            page.Draw(recorder, 0, 0, Width);
            words.AddRange(recorder.Texts.OrderBy(t => t.Baseline).ThenBy(t => t.X).Select(t => t.Text.Trim()).Where(t => t.StartsWith("woord", StringComparison.Ordinal)));
        }

        Assert.Equal(Enumerable.Range(1, 150).Select(i => $"woord{i:000}"), words);
    }

    [Fact]
    public void Measures_a_row_as_its_tallest_cell_plus_padding()
    {
        var table = Assert.IsType<TableBlock>(FromMarkdown("| A | B |\n| --- | --- |\n| een | een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien twintig |").Children[0]);
        var row = table.Rows[0];
        var lineHeight = BundledPdfs.Theme.BodySize * BundledPdfs.Theme.LineHeight;
        var secondCellLines = ((ParagraphBlock)row.Cells[1].Children[0]).Lines(row.CellWidth(Width, 1)).Count;

        Assert.True(secondCellLines > 1);
        Assert.Equal((secondCellLines * lineHeight) + 9, row.Measure(Width), 6);
    }
}
