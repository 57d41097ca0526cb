using JobDescGen.Pdf.Layout;
using JobDescGen.Pdf.Rendering;
using JobDescGen.Pdf.Tagging;
using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Elements;

/// <summary>
/// A section heading: its text, an optional rule under it, a bookmark in the outline. Never ends a
/// page (keep with next) and never splits.
/// </summary>
internal sealed class HeadingBlock(int level, ParagraphBlock text, XColor? rule, double ruleGap, double ruleThickness) : UnsplittableBlock
{
    public int Level { get; } = level;

    public ParagraphBlock Text { get; } = text;

    public override bool KeepWithNext => true;

    protected override string Description => $"the heading \"{TextExcerpt.Of(Text.PlainText)}\"";

    protected override string? Advice =>
        "shorten that heading (a result area's role, a title, or a heading in your template): a heading never splits across pages";

    public override double Measure(double width) => Text.Measure(width) + (rule is null ? 0 : ruleGap + ruleThickness);

    public override void Draw(IDrawContext context, double x, double y, double width)
    {
        context.Bookmark(Level, Text.PlainText, y);
        Text.Draw(context, x, y, width);
        if (rule is { } color)
        {
            var ruleY = y + Text.Measure(width) + ruleGap + (ruleThickness / 2);
            context.Line(x, ruleY, x + width, ruleY, color, ruleThickness);
        }
    }

    /// <summary>The structure tag of a heading level.</summary>
    public static StructureTag TagOf(int level) => level switch
    {
        1 => StructureTag.Heading1,
        2 => StructureTag.Heading2,
        _ => StructureTag.Heading3,
    };
}
