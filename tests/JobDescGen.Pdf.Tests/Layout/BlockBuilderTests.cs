using JobDescGen.Pdf.Elements;
using JobDescGen.Pdf.Tests.Support;
using static JobDescGen.Pdf.Tests.Layout.LayoutFactory;

namespace JobDescGen.Pdf.Tests.Layout;

public sealed class BlockBuilderTests
{
    private const string EveryNode = """
        # Titel

        Versie 1.0 · Datum 28 november 2026

        > Een *opmerking* met **nadruk**.

        ## Sectie

        Tekst met `code` en een voetnoot*.

        1. Eerste
        2. Tweede
           - genest
           - nog eens

        ---

        ### Subsectie

        | Naam | Waarde |
        | --- | --- |
        | a | b |
        """;

    [Fact]
    public void Every_node_the_templates_can_produce_gets_a_block()
    {
        var document = FromMarkdown(EveryNode);

        Assert.Equal(
            [typeof(TitleBlock), typeof(QuoteBlock), typeof(HeadingBlock), typeof(ParagraphBlock), typeof(ListBlock), typeof(RuleBlock), typeof(HeadingBlock), typeof(TableBlock)],
            document.Children.Select(c => c.GetType()));
    }

    [Fact]
    public void Lists_are_numbered_and_nested_with_their_own_labels_and_indent()
    {
        var recorder = Draw(FromMarkdown(EveryNode));
        var labels = recorder.Texts.Where(t => t.Text is "1." or "2." or "–").ToList();

        Assert.Equal(["1.", "2.", "–", "–"], labels.Select(l => l.Text));
        Assert.True(labels[2].X > labels[1].X, "a nested list is indented further than its parent");
        var genest = recorder.Texts.Single(t => t.Text == "genest");
        Assert.True(genest.X > labels[2].X);
    }

    [Fact]
    public void Inline_styles_become_runs_and_tags_wrap_them()
    {
        var recorder = Draw(FromMarkdown(EveryNode));

        Assert.True(recorder.Texts.Single(t => t.Text.StartsWith("opmerking", StringComparison.Ordinal)).Style.Italic);
        Assert.True(recorder.Texts.Single(t => t.Text.StartsWith("nadruk", StringComparison.Ordinal)).Style.Bold);
        Assert.Equal(BundledPdfs.Theme.AccentColor, recorder.Texts.Single(t => t.Text.StartsWith("code", StringComparison.Ordinal)).Style.Color);
        Assert.Equal(
            ["<Heading1", "<Paragraph", "<Note", "<Heading2", "<List", "<ListItem", "<Label", "<ListBody", "<Heading3", "<Table", "<TableRow", "<TableHeaderCell", "<TableRowHeaderCell", "<TableDataCell"],
            recorder.Events.Where(e => e.StartsWith('<') && e != "<artifact").Distinct());
        Assert.Equal(recorder.Events.Count(e => e.StartsWith('<') && e != "<artifact"), recorder.Events.Count(e => e == ">"));
        Assert.Equal(["bookmark 1 Titel", "bookmark 2 Sectie", "bookmark 3 Subsectie"], recorder.Events.Where(e => e.StartsWith("bookmark", StringComparison.Ordinal)));
    }

    private static RecordingDrawContext Draw(StackBlock document)
    {
        var recorder = new RecordingDrawContext();
        document.Draw(recorder, 0, 0, BundledPdfs.Theme.ContentWidth);
        return recorder;
    }
}
