using JobDescGen.Pdf.Layout;
using JobDescGen.Pdf.Rendering;

namespace JobDescGen.Pdf.Elements;

/// <summary>
/// A block that in-document links point to (a definition, for its reference marks): drawing it
/// records where its first line is. The part that moves on after a split carries no anchor.
/// </summary>
internal sealed class AnchoredBlock(string anchor, Block content) : Block
{
    public string Anchor { get; } = anchor;

    public Block Content { get; } = content;

    public override bool KeepWithNext => Content.KeepWithNext;

    public override bool KeepTogether => Content.KeepTogether;

    public override double Measure(double width) => Content.Measure(width);

    public override SplitResult Split(SplitRequest request)
    {
        var (head, tail) = Content.Split(request);
        return new SplitResult(head is null ? null : Wrap(head), head is null && tail is not null ? Wrap(tail) : tail);
    }

    public override void Draw(IDrawContext context, double x, double y, double width)
    {
        context.Anchor(Anchor, y);
        Content.Draw(context, x, y, width);
    }

    public override Block WithWholeTags() => Wrap(Content.WithWholeTags());

    private AnchoredBlock Wrap(Block inner) => new(Anchor, inner) { SpaceBefore = SpaceBefore, SpaceAfter = SpaceAfter };
}
