using JobDescGen.Pdf.Building;
using JobDescGen.Pdf.Elements;
using JobDescGen.Pdf.Layout;
using JobDescGen.Pdf.Tests.Support;
using JobDescGen.Pdf.Text;
using JobDescGen.Rendering;

using JobDescGen.Testing;

namespace JobDescGen.Pdf.Tests.Layout;

/// <summary>Rows taller than the room left: where they split, that nothing leaves the page, and how they are tagged.</summary>
public sealed class TableRowSplitTests
{
    private static readonly double Width = BundledPdfs.Theme.ContentWidth;

    private static readonly string LongCell = string.Join(" ", Enumerable.Repeat("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor", 60));

    /// <summary>The reviewer's case: body paragraphs, then a table whose one row is three pages tall.</summary>
    private static readonly string Document =
        "# T\n\nV\n\n## Sectie\n\n" + string.Join("\n\n", Enumerable.Range(0, 28).Select(i => $"Regel {i} lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor"))
        + $"\n\n| A | B |\n| --- | --- |\n| x | {LongCell} |\n";

    public static TheoryData<double> ParagraphSpacings() => [.. Enumerable.Range(0, 21).Select(i => 4 + (i * 0.2))];

    [Theory]
    [MemberData(nameof(ParagraphSpacings))]
    public void Text_rules_and_fills_stay_inside_the_body_whatever_the_room_left(double spacing)
    {
        // Some spacing leaves less than a line above the page end: the row must move on, not overflow.
        var theme = BundledPdfs.Theme with { ParagraphSpacing = spacing };
        var height = theme.ContentHeight;
        var layout = Paginator.Paginate(Build(Document, theme), Width, height);

        foreach (var page in layout.Pages)
        {
            var recorder = new RecordingDrawContext();
            page.Draw(recorder, 0, 0, Width);
            Assert.All(recorder.Shapes, shape => Assert.True(shape.Top >= -0.01 && shape.Bottom <= height + 0.01, $"a rule or fill at {shape} leaves a page {height} tall"));
            Assert.All(recorder.Texts, text => Assert.InRange(text.Baseline, 0, height));
        }
    }

    [Fact]
    public void A_row_taller_than_a_page_starts_in_the_room_left_on_the_page()
    {
        var markdown = "Een alinea.\n\n| A | B |\n| --- | --- |\n| x | " + LongCell + " |\n";
        var layout = Paginator.Paginate(FromMarkdown(markdown), Width, 500);

        // The first page holds the paragraph and the start of the row, not the paragraph alone.
        var first = (StackBlock)layout.Pages[0];
        var table = Assert.IsType<TableBlock>(first.Children[^1]);
        Assert.True(first.Measure(Width) > 450, $"page 1 is only {first.Measure(Width)} of 500 points full");
        Assert.Single(table.Rows);
    }

    [Fact]
    public void A_split_row_is_one_table_row_and_its_header_cell_is_repeated_for_the_eye()
    {
        var markdown = "| Criterium | Niveau |\n| --- | --- |\n| Supervisie | " + LongCell + " |\n";
        var layout = Paginator.Paginate(FromMarkdown(markdown), Width, 400);
        Assert.True(layout.Pages.Count >= 3);

        var events = new List<string>();
        var artifacts = new List<string>();
        foreach (var page in layout.Pages)
        {
            var recorder = new RecordingDrawContext();
            page.Draw(recorder, 0, 0, Width);
            events.AddRange(OutsideArtifacts(recorder.Events));
            artifacts.AddRange(recorder.ArtifactTexts);
        }

        Assert.Equal(2, events.Count(e => e == "<TableRow")); // the header row, and one body row across the pages
        Assert.Equal(1, events.Count(e => e == "<TableRowHeaderCell"));
        Assert.Equal(1, events.Count(e => e == "<TableDataCell"));
        Assert.Equal(events.Count(e => e.StartsWith('<') && e != "<artifact"), events.Count(e => e == ">"));
        Assert.Equal(layout.Pages.Count - 1, artifacts.Count(t => t.Contains("(vervolg)", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_row_header_that_itself_continues_loses_no_text()
    {
        var name = string.Join(" ", Enumerable.Range(1, 120).Select(i => $"naam{i:000}"));
        var markdown = $"| Criterium | Niveau |\n| --- | --- |\n| {name} | {LongCell} |\n";
        // Type and column as the theme had them when this case was found (10.5 pt on a 459 pt column).
        var theme = BundledPdfs.Theme with { BodySize = 10.5, LineHeight = 1.35, Margins = BundledPdfs.Theme.Margins with { Left = 68.03, Right = 68.03 } };
        var layout = Paginator.Paginate(LayoutFactory.FromMarkdown(markdown, theme), theme.ContentWidth, 300);

        var words = new List<string>();
        foreach (var page in layout.Pages)
        {
            var recorder = new RecordingDrawContext();
            page.Draw(recorder, 0, 0, theme.ContentWidth);
            words.AddRange(recorder.Texts.OrderBy(t => t.Baseline).ThenBy(t => t.X).Select(t => t.Text.Trim()).Where(t => t.StartsWith("naam", StringComparison.Ordinal)));
        }

        Assert.Equal(Enumerable.Range(1, 120).Select(i => $"naam{i:000}"), words.Where(w => !w.Contains(' ', StringComparison.Ordinal)).Distinct());
    }

    [Fact]
    public void A_cell_keeps_its_widow_and_orphan_rules_when_the_page_is_not_empty()
    {
        // Room for one line of the row only: the row moves on whole instead of leaving one line behind.
        var row = Assert.IsType<TableBlock>(FromMarkdown("| A | B |\n| --- | --- |\n| x | " + LongCell[..600] + " |\n").Children[0]).Rows[0];
        var oneLine = (BundledPdfs.Theme.BodySize * BundledPdfs.Theme.LineHeight) + (2 * BundledPdfs.Theme.TablePaddingY) + 1;

        Assert.Null(row.Split(new SplitRequest(Width, oneLine, 800, Force: false)).Head);
        Assert.NotNull(row.Split(new SplitRequest(Width, oneLine, 800, Force: true)).Head);
    }

    /// <summary>The events a screen reader sees: tags inside artifacts are never written.</summary>
    private static IEnumerable<string> OutsideArtifacts(IEnumerable<string> events)
    {
        var depth = 0;
        foreach (var e in events)
        {
            depth += e == "<artifact" ? 1 : e == "artifact>" ? -1 : 0;
            if (depth == 0 && e != "artifact>")
            {
                yield return e;
            }
        }
    }

    private static StackBlock FromMarkdown(string markdown) => LayoutFactory.FromMarkdown(markdown);

    private static StackBlock Build(string markdown, JobDescGen.Pdf.Theme.PdfTheme theme) =>
        new BlockBuilder(new StyleSheet(theme), FontMeasurer.Shared).Build(BundledDocuments.Mark(markdown).Ast);
}
