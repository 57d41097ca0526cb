using JobDescGen.Pdf.Layout;
using JobDescGen.Pdf.Rendering;

namespace JobDescGen.Pdf.Elements;

/// <summary>
/// A block that opens an entry in the outline without being a heading: a result area whose title
/// is run into its statement ("Als coördinator de dagelijkse …") is still a bookmark. The entry
/// points at the block's first line; the part that moves on after a split carries none.
/// </summary>
internal sealed class BookmarkedBlock(int level, string title, Block content) : Block
{
    public int Level { get; } = level;

    public string Title { get; } = title;

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
        context.Bookmark(Level, Title, y);
        Content.Draw(context, x, y, width);
    }

    public override Block WithWholeTags() => Wrap(Content.WithWholeTags());

    private BookmarkedBlock Wrap(Block inner) => new(Level, Title, inner) { SpaceBefore = SpaceBefore, SpaceAfter = SpaceAfter };
}
