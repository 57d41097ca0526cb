using System.Globalization;

namespace JobDescGen.Pdf.Layout;

/// <summary>
/// A block that never splits (headings, rules, the title block): it moves to the next page whole.
/// On an empty page it is placed whole when it fits; one taller than the room an empty page gives
/// would run off the page, so it stops the layout with an error that names it instead.
/// </summary>
internal abstract class UnsplittableBlock : Block
{
    // The same slack the paragraph allows when it counts the lines that fit.
    private const double Tolerance = 0.001;

    /// <summary>What the block is, for the error when it is taller than a page ("the heading "Doel"").</summary>
    protected abstract string Description { get; }

    /// <summary>What to do about a block taller than a page; null when only the theme can help.</summary>
    protected virtual string? Advice => null;

    public sealed override SplitResult Split(SplitRequest request)
    {
        if (!request.Force)
        {
            return SplitResult.Nothing(this);
        }

        var height = Measure(request.Width);
        if (height > request.Available + Tolerance)
        {
            throw new PageOverflowException(
                string.Create(CultureInfo.InvariantCulture, $"{Description} is {height:0} pt tall at {request.Width:0} pt wide, more than the {request.Available:0} pt an empty page has for it"),
                Advice);
        }

        return new SplitResult(this, null);
    }

    public override Block WithWholeTags() => this;
}
