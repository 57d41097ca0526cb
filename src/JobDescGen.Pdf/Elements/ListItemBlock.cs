using JobDescGen.Pdf.Layout;
using JobDescGen.Pdf.Rendering;
using JobDescGen.Pdf.Tagging;
using JobDescGen.Pdf.Theme;

namespace JobDescGen.Pdf.Elements;

/// <summary>
/// One list item: its label (bullet or number) in a hanging indent, its body beside it. Stays whole
/// when it fits on a page; a longer item splits inside its body and the label stays with the start.
/// </summary>
internal sealed class ListItemBlock(ParagraphBlock? label, StackBlock body, double indent) : Block
{
    /// <summary>The space between label and text, in ems.</summary>
    private const double LabelGap = 0.45;

    public ParagraphBlock? Label { get; } = label;

    public StackBlock Body { get; } = body;

    public double Indent { get; } = indent;

    public TagSpan Span { get; init; } = TagSpan.Whole;

    public override bool KeepTogether => true;

    public override double Measure(double width) =>
        Math.Max(Label?.Measure(Indent) ?? 0, Body.Measure(width - Indent));

    public override SplitResult Split(SplitRequest request)
    {
        var split = Body.Split(request with { Width = request.Width - Indent });
        if (split.Head is null)
        {
            return SplitResult.Nothing(this);
        }

        return new SplitResult(
            new ListItemBlock(Label, (StackBlock)split.Head, Indent) { Span = Span.Head, SpaceBefore = SpaceBefore },
            split.Tail is null ? null : new ListItemBlock(null, (StackBlock)split.Tail, Indent) { Span = Span.Tail, SpaceAfter = SpaceAfter });
    }

    public override void Draw(IDrawContext context, double x, double y, double width)
    {
        TagScope.Open(context, StructureTag.ListItem, Span);

        if (Label is not null)
        {
            // The label sits close to the text, at the end of the indent: far apart, text extraction
            // (pdftotext) takes the column of bullets for a block of its own, away from the items.
            var lines = Label.Lines(Indent);
            var labelWidth = lines.Count > 0 ? lines[0].Width : 0;
            var offset = Math.Max(0, Indent - labelWidth - (Label.Format.Style.Size * LabelGap));
            context.BeginTag(StructureTag.Label);

            // Drawn with the lines measured at the indent (not broken again for the room beside the
            // text): a left-aligned label that fits is the same line at either width.
            Label.Draw(context, x + offset, y, Label.Format.Align == TextAlignment.Left ? Indent : Indent - offset);
            context.EndTag();
        }

        Body.Draw(context, x + Indent, y, width - Indent);
        TagScope.Close(context, StructureTag.ListItem, Span);
    }

    public override Block WithWholeTags() =>
        new ListItemBlock(Label, (StackBlock)Body.WithWholeTags(), Indent) { SpaceBefore = SpaceBefore, SpaceAfter = SpaceAfter };
}
