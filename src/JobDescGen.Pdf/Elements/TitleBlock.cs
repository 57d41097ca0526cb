using JobDescGen.Pdf.Layout;
using JobDescGen.Pdf.Rendering;
using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Elements;

/// <summary>
/// The title block on page 1: the document title (the Markdown level-1 heading), the line under it
/// (version, date, organisation) and a strong accent rule that closes the block.
/// </summary>
internal sealed class TitleBlock(ParagraphBlock title, ParagraphBlock? byline, XColor accent, double gap) : UnsplittableBlock
{
    private const double RuleThickness = 2;

    public ParagraphBlock Title { get; } = title;

    public ParagraphBlock? Byline { get; } = byline;

    public override bool KeepWithNext => true;

    protected override string Description => $"the title \"{TextExcerpt.Of(Title.PlainText)}\" with the line under it";

    protected override string? Advice =>
        "shorten the title (the profile's or job's 'title'): the title block never splits, it must fit on the first page";

    public override double Measure(double width) =>
        Title.Measure(width) + (Byline is null ? 0 : (gap / 2) + Byline.Measure(width)) + gap + RuleThickness;

    public override void Draw(IDrawContext context, double x, double y, double width)
    {
        context.Bookmark(1, Title.PlainText, y);
        Title.Draw(context, x, y, width);
        var bottom = y + Title.Measure(width);
        if (Byline is not null)
        {
            bottom += gap / 2;
            Byline.Draw(context, x, bottom, width);
            bottom += Byline.Measure(width);
        }

        var ruleY = bottom + gap + (RuleThickness / 2);
        context.Line(x, ruleY, x + width, ruleY, accent, RuleThickness);
    }
}
