using JobDescGen.Pdf.Elements;
using JobDescGen.Pdf.Layout;
using JobDescGen.Pdf.Tests.Support;
using JobDescGen.Pdf.Text;
using static JobDescGen.Pdf.Tests.Layout.LayoutFactory;

namespace JobDescGen.Pdf.Tests.Layout;

public sealed class PaginatorTests
{
    [Fact]
    public void Splits_a_long_paragraph_between_lines_and_loses_none()
    {
        var paragraph = Paragraph(lines: 25);
        var layout = Paginator.Paginate(new StackBlock([paragraph]), 100, 120);

        // 120 points hold 10 lines of 12 points: 10 + 10 + 5.
        Assert.Equal([120, 120, 60], layout.Pages.Select(p => p.Measure(100)));
        Assert.Equal(DrawnWords(paragraph, 100), layout.Pages.SelectMany(p => DrawnWords(p, 100)));
    }

    [Fact]
    public void Leaves_no_single_line_of_a_paragraph_alone_on_a_page()
    {
        // 9 lines of other text leave room for one line; the four-line paragraph moves on whole.
        var layout = Paginator.Paginate(new StackBlock([Paragraph(9, "a"), Paragraph(4, "b")]), 100, 120);

        Assert.Equal(2, layout.Pages.Count);
        Assert.Equal(108, layout.Pages[0].Measure(100));
        Assert.Equal(48, layout.Pages[1].Measure(100));
    }

    [Fact]
    public void Keeps_a_heading_with_the_text_after_it()
    {
        var document = FromMarkdown(string.Join("\n\n", Enumerable.Range(1, 61).Select(i => i % 6 == 0 ? $"## Kop {i}" : $"Alinea {i} met wat tekst die een regel vult.")));
        var layout = Paginator.Paginate(document, BundledPdfs.Theme.ContentWidth, 200);

        Assert.True(layout.Pages.Count > 3);
        // Blocks are not handed to xunit's formatter: their object graphs are deep.
        var endsWithHeading = layout.Pages.Select((page, i) => (i, last: ((StackBlock)page).Children[^1])).Where(p => p.last is HeadingBlock).Select(p => p.i).ToList();
        Assert.Empty(endsWithHeading);
        Assert.DoesNotContain(layout.Pages, page => page.Measure(BundledPdfs.Theme.ContentWidth) > 200);
    }

    [Fact]
    public void Moves_a_list_item_that_fits_on_a_page_to_the_next_page_whole()
    {
        var items = string.Join("\n", Enumerable.Range(1, 40).Select(i => $"- Item {i}: " + string.Concat(Enumerable.Repeat("lange tekst die over meerdere regels loopt ", i % 3 == 0 ? 4 : 1))));
        var layout = Paginator.Paginate(FromMarkdown(items), BundledPdfs.Theme.ContentWidth, 300);

        Assert.True(layout.Pages.Count > 2);
        var words = new List<string>();
        foreach (var page in layout.Pages)
        {
            var list = Assert.IsType<ListBlock>(LayoutFactory.Only(page));
            Assert.DoesNotContain(list.Children, item => ((ListItemBlock)item).Label is null);
            words.AddRange(DrawnWords(page, BundledPdfs.Theme.ContentWidth));
        }

        Assert.Equal(DrawnWords(FromMarkdown(items), BundledPdfs.Theme.ContentWidth), words);
    }

    [Fact]
    public void Places_every_line_of_a_page_inside_the_column()
    {
        var document = FromMarkdown("# Titel\n\nBijschrift\n\n> Een opmerking\n\n## Sectie\n\n" + string.Join("\n", Enumerable.Range(1, 30).Select(i => $"- Taak {i} met tekst"))
            + "\n\n| A | B |\n| --- | --- |\n" + string.Join("\n", Enumerable.Range(1, 30).Select(i => $"| rij {i} | {string.Concat(Enumerable.Repeat("cel tekst ", 12))} |")));
        var width = BundledPdfs.Theme.ContentWidth;
        var layout = Paginator.Paginate(document, width, 400);
        foreach (var page in layout.Pages)
        {
            var recorder = new RecordingDrawContext();
            page.Draw(recorder, 50, 70, width);
            Assert.All(recorder.Texts, t =>
            {
                Assert.InRange(t.X, 50, 50 + width);
                Assert.InRange(t.X + FontMeasurer.Shared.Width(t.Text.TrimEnd(), t.Style), 50, 50 + width + 0.01);
                Assert.InRange(t.Baseline, 70, 70 + 400);
            });
        }
    }

    private static List<string> DrawnWords(Block block, double width)
    {
        var recorder = new RecordingDrawContext();
        block.Draw(recorder, 0, 0, width);
        return [.. recorder.Texts.SelectMany(t => t.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
    }
}
