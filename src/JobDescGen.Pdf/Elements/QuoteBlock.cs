using JobDescGen.Pdf.Layout;
using JobDescGen.Pdf.Rendering;
using JobDescGen.Pdf.Tagging;
using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Elements;

/// <summary>
/// A block quote, which the templates use for notices: tinted box with an accent bar on the left,
/// its content padded inside. Splits inside its content; each part gets its own box.
/// </summary>
internal sealed class QuoteBlock(StackBlock content, XColor background, XColor bar, double padding, double barWidth) : Block
{
    public StackBlock Content { get; } = content;

    public TagSpan Span { get; init; } = TagSpan.Whole;

    /// <summary>True for a notice set apart from the text (tagged Note), false for a quotation (BlockQuote).</summary>
    public bool IsNotice { get; init; }

    private StructureTag Tag => IsNotice ? StructureTag.Note : StructureTag.BlockQuote;

    private double Inset => barWidth + (padding * 1.5);

    public override double Measure(double width) => Content.Measure(width - Inset - padding) + (2 * padding);

    public override SplitResult Split(SplitRequest request)
    {
        var split = Content.Split(request with { Width = request.Width - Inset - padding, Available = request.Available - (2 * padding) });
        if (split.Head is null)
        {
            return SplitResult.Nothing(this);
        }

        return new SplitResult(
            new QuoteBlock((StackBlock)split.Head, background, bar, padding, barWidth) { Span = Span.Head, SpaceBefore = SpaceBefore, IsNotice = IsNotice },
            split.Tail is null ? null : new QuoteBlock((StackBlock)split.Tail, background, bar, padding, barWidth) { Span = Span.Tail, SpaceAfter = SpaceAfter, IsNotice = IsNotice });
    }

    public override void Draw(IDrawContext context, double x, double y, double width)
    {
        var height = Measure(width);
        context.Fill(new XRect(x, y, width, height), background);
        context.Fill(new XRect(x, y, barWidth, height), bar);
        TagScope.Open(context, Tag, Span);

        Content.Draw(context, x + Inset, y + padding, width - Inset - padding);
        TagScope.Close(context, Tag, Span);
    }

    public override Block WithWholeTags() =>
        new QuoteBlock((StackBlock)Content.WithWholeTags(), background, bar, padding, barWidth) { SpaceBefore = SpaceBefore, SpaceAfter = SpaceAfter, IsNotice = IsNotice };
}
