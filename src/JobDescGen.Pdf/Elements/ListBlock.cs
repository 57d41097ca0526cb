using JobDescGen.Pdf.Layout;
using JobDescGen.Pdf.Tagging;

namespace JobDescGen.Pdf.Elements;

/// <summary>A bullet or numbered list: a stack of items tagged as a list, split between items.</summary>
internal sealed class ListBlock(IReadOnlyList<Block> items) : StackBlock(items, StructureTag.List)
{
    protected override StackBlock Copy(IReadOnlyList<Block> children, TagSpan span, double spaceBefore, double spaceAfter) =>
        new ListBlock(children) { Span = span, SpaceBefore = spaceBefore, SpaceAfter = spaceAfter };
}
