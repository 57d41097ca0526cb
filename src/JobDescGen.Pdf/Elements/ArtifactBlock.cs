using JobDescGen.Pdf.Layout;
using JobDescGen.Pdf.Rendering;

namespace JobDescGen.Pdf.Elements;

/// <summary>A block drawn for the eye only (a repeated row header): screen readers skip it.</summary>
internal sealed class ArtifactBlock(Block content) : UnsplittableBlock
{
    protected override string Description => "a repeated row header";

    public override double Measure(double width) => content.Measure(width);

    public override void Draw(IDrawContext context, double x, double y, double width)
    {
        context.BeginArtifact(ArtifactKind.Pagination);
        content.Draw(context, x, y, width);
        context.EndArtifact();
    }
}
