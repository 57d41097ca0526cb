using JobDescGen.Pdf.Rendering;

namespace JobDescGen.Pdf.Layout;

/// <summary>
/// A layout element: it measures its height for a width, splits where a page ends, then draws.
/// Blocks are immutable; splitting returns new blocks for the part that fits and the rest.
/// </summary>
internal abstract class Block
{
    /// <summary>Space wanted above the block; between two blocks the larger of the two spaces applies.</summary>
    public double SpaceBefore { get; init; }

    /// <summary>Space wanted below the block.</summary>
    public double SpaceAfter { get; init; }

    /// <summary>True for headings: the block must not end a page.</summary>
    public virtual bool KeepWithNext => false;

    /// <summary>True when the block would rather move to the next page than split, if it fits on one.</summary>
    public virtual bool KeepTogether => false;

    /// <summary>The block's height at <paramref name="width"/>.</summary>
    public abstract double Measure(double width);

    /// <summary>
    /// Splits a block taller than <see cref="SplitRequest.Available"/> into the part that fits and
    /// the rest. <see cref="SplitResult.Head"/> is null when nothing should go on this page.
    /// </summary>
    public abstract SplitResult Split(SplitRequest request);

    /// <summary>Draws the block with its top-left corner at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public abstract void Draw(IDrawContext context, double x, double y, double width);

    /// <summary>
    /// A copy whose structure elements all open and close within it, for parts that cannot continue
    /// an element across pages (the halves of a table row split inside its cells).
    /// </summary>
    public abstract Block WithWholeTags();
}
