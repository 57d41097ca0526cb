using JobDescGen.Pdf.Rendering;

namespace JobDescGen.Pdf.Layout;

/// <summary>
/// A block that never splits (headings, rules, the title block): it moves to the next page whole,
/// unless the page is empty, where it is placed even if too tall so paging always ends.
/// </summary>
internal abstract class UnsplittableBlock : Block
{
    public sealed override SplitResult Split(SplitRequest request) =>
        request.Force ? new SplitResult(this, null) : SplitResult.Nothing(this);

    public override Block WithWholeTags() => this;
}
