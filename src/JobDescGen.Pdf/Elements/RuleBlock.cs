using JobDescGen.Pdf.Layout;
using JobDescGen.Pdf.Rendering;
using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Elements;

/// <summary>A thematic break: a thin centred rule, decoration only.</summary>
internal sealed class RuleBlock(XColor color, double height) : UnsplittableBlock
{
    protected override string Description => "a horizontal rule";

    public override double Measure(double width) => height;

    public override void Draw(IDrawContext context, double x, double y, double width) =>
        context.Line(x + (width / 4), y + (height / 2), x + (width * 3 / 4), y + (height / 2), color, 0.75);
}
