using System.Globalization;
using System.Text;
using JobDescGen.Pdf.Elements;
using JobDescGen.Pdf.Layout;
using JobDescGen.Pdf.Tests.Support;
using JobDescGen.Rendering;
using JobDescGen.Testing;

namespace JobDescGen.Pdf.Tests.Layout;

public sealed class LayoutSnapshotTests
{
    [Theory]
    [InlineData("C")]
    [InlineData("A1")]
    public void The_page_plan_of_a_bundled_document_is_stable(string level)
    {
        // Which block lands on which page, where and how tall, as the PDF has it: a review sees any change in paging.
        var layout = WriterLayout.Of(BundledPdfs.Generate(BundledPdfs.Bundled, level));

        Snapshot.Match(Describe(layout), $"page-plan-{level}");
    }

    internal static string Describe(PageLayout layout)
    {
        var text = new StringBuilder();
        for (var i = 0; i < layout.Pages.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"page {i + 1}\n");
            foreach (var (block, top, height) in ((StackBlock)layout.Pages[i]).Arrange(layout.Width))
            {
                text.Append(CultureInfo.InvariantCulture, $"  {top,7:0.0} {height,6:0.0}  {Name(block)}\n");
            }
        }

        return text.ToString();
    }

    private static string Name(Block block) => block switch
    {
        TitleBlock title => $"title: {title.Title.PlainText}",
        HeadingBlock heading => $"h{heading.Level}: {heading.Text.PlainText}",
        BookmarkedBlock area => $"bookmark {area.Level} \"{area.Title}\", {Name(area.Content)}",
        ParagraphBlock paragraph => $"paragraph: {Start(paragraph.PlainText)}",
        ListBlock list => $"list: {list.Children.Count} items",
        TableBlock table => $"table: {table.Rows.Count} rows",
        QuoteBlock => "notice",
        _ => block.GetType().Name,
    };

    private static string Start(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
