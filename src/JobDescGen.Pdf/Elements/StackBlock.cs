using JobDescGen.Pdf.Layout;
using JobDescGen.Pdf.Rendering;
using JobDescGen.Pdf.Tagging;

namespace JobDescGen.Pdf.Elements;

/// <summary>
/// Blocks one under another, the larger of two neighbours' spaces between them. Splits between
/// children, or inside the child that straddles the page end; honours keep-with-next and
/// keep-together. Optionally a structure element (list, list body, cell) around its children.
/// </summary>
internal class StackBlock(IReadOnlyList<Block> children, StructureTag? tag = null) : Block
{
    private double _measuredWidth = double.NaN;
    private double _measuredHeight;

    public IReadOnlyList<Block> Children { get; } = children;

    public StructureTag? Tag { get; } = tag;

    public TagSpan Span { get; init; } = TagSpan.Whole;

    /// <summary>The top and height of each child at <paramref name="width"/>, from the stack's top.</summary>
    public IReadOnlyList<(Block Child, double Top, double Height)> Arrange(double width)
    {
        var result = new List<(Block, double, double)>(Children.Count);
        var y = 0.0;
        for (var i = 0; i < Children.Count; i++)
        {
            y += Gap(i);
            var height = Children[i].Measure(width);
            result.Add((Children[i], y, height));
            y += height;
        }

        return result;
    }

    public override double Measure(double width)
    {
        // Paging measures the rest of the document once per page: remember the last answer. A
        // block belongs to one document's layout, on one thread, and never changes.
        if (width == _measuredWidth)
        {
            return _measuredHeight;
        }

        var height = 0.0;
        for (var i = 0; i < Children.Count; i++)
        {
            height += Gap(i) + Children[i].Measure(width);
        }

        (_measuredWidth, _measuredHeight) = (width, height);
        return height;
    }

    public override SplitResult Split(SplitRequest request)
    {
        var used = 0.0;
        for (var i = 0; i < Children.Count; i++)
        {
            var child = Children[i];
            var remaining = request.Available - used - Gap(i);
            var height = child.Measure(request.Width);
            var forced = request.Force && i == 0;
            if (height <= remaining)
            {
                if (!forced && child.KeepWithNext && !NextStarts(i + 1, remaining - height, request))
                {
                    return Cut(i);
                }

                used += Gap(i) + height;
                continue;
            }

            if (!forced && child.KeepTogether && height <= request.PageHeight)
            {
                return Cut(i);
            }

            var split = remaining > 0 || forced
                ? child.Split(request with { Available = Math.Max(0, remaining), Force = forced })
                : SplitResult.Nothing(child);
            if (split.Head is null)
            {
                return Cut(i);
            }

            List<Block> tail = [.. Children.Skip(i + 1)];
            if (split.Tail is not null)
            {
                tail.Insert(0, split.Tail);
            }

            return new SplitResult(
                Copy([.. Children.Take(i), split.Head], Span.Head, SpaceBefore, 0),
                tail.Count == 0 ? null : Copy(tail, Span.Tail, 0, SpaceAfter));
        }

        return new SplitResult(this, null);
    }

    public override void Draw(IDrawContext context, double x, double y, double width)
    {
        TagScope.Open(context, Tag, Span);

        foreach (var (child, top, _) in Arrange(width))
        {
            child.Draw(context, x, y + top, width);
        }

        TagScope.Close(context, Tag, Span);
    }

    public override Block WithWholeTags() => Copy([.. Children.Select(c => c.WithWholeTags())], TagSpan.Whole, SpaceBefore, SpaceAfter);

    /// <summary>A stack of the same kind with other children; lists override it to stay lists.</summary>
    protected virtual StackBlock Copy(IReadOnlyList<Block> children, TagSpan span, double spaceBefore, double spaceAfter) =>
        new(children, Tag) { Span = span, SpaceBefore = spaceBefore, SpaceAfter = spaceAfter };

    private double Gap(int index) =>
        index == 0 ? 0 : Math.Max(Children[index - 1].SpaceAfter, Children[index].SpaceBefore);

    private SplitResult Cut(int index) =>
        index == 0
            ? SplitResult.Nothing(this)
            : new SplitResult(
                Copy([.. Children.Take(index)], Span.Head, SpaceBefore, 0),
                Copy([.. Children.Skip(index)], Span.Tail, 0, SpaceAfter));

    /// <summary>True when child <paramref name="index"/> can start within <paramref name="room"/> (after the gap before it).</summary>
    private bool NextStarts(int index, double room, SplitRequest request)
    {
        if (index >= Children.Count)
        {
            // A heading at the end of a stack is followed by whatever follows the stack: ask for a little room.
            return room >= 0;
        }

        var child = Children[index];
        room -= Gap(index);
        if (room <= 0)
        {
            return false;
        }

        var height = child.Measure(request.Width);
        if (height <= room)
        {
            return !child.KeepWithNext || NextStarts(index + 1, room - height, request);
        }

        if (child.KeepTogether && height <= request.PageHeight)
        {
            return false;
        }

        return child.Split(request with { Available = room, Force = false }).Head is not null;
    }
}
