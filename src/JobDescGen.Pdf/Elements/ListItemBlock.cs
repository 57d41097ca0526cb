using JobDescGen.Pdf.Layout;
using JobDescGen.Pdf.Rendering;
using JobDescGen.Pdf.Tagging;

namespace JobDescGen.Pdf.Elements;

/// <summary>
/// One list item: its label (bullet or number) in a hanging indent, its body beside it. Stays whole
/// when it fits on a page; a longer item splits inside its body and the label stays with the start.
/// </summary>
internal sealed class ListItemBlock(ParagraphBlock? label, StackBlock body, double indent) : Block
{
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
            context.BeginTag(StructureTag.Label);
            Label.Draw(context, x, y, Indent);
            context.EndTag();
        }

        Body.Draw(context, x + Indent, y, width - Indent);
        TagScope.Close(context, StructureTag.ListItem, Span);
    }

    public override Block WithWholeTags() =>
        new ListItemBlock(Label, (StackBlock)Body.WithWholeTags(), Indent) { SpaceBefore = SpaceBefore, SpaceAfter = SpaceAfter };
}
