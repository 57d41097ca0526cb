using Spectre.Console;
using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Components;

/// <summary>Content followed by a line of <c>─</c> as wide as its widest line: the look of a section heading.</summary>
/// <param name="content">The heading text.</param>
/// <param name="style">The style of the line.</param>
public sealed class Underline(IRenderable content, Style style) : IRenderable
{
    /// <inheritdoc />
    public Measurement Measure(RenderOptions options, int maxWidth) => content.Measure(options, maxWidth);

    /// <inheritdoc />
    public IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
    {
        var lines = Segment.SplitLines(content.Render(options, maxWidth));
        foreach (var line in lines)
        {
            foreach (var segment in line)
            {
                yield return segment;
            }

            yield return Segment.LineBreak;
        }

        var width = Math.Min(maxWidth, lines.Select(line => line.CellCount()).DefaultIfEmpty(0).Max());
        yield return new Segment(new string(options.Unicode ? '─' : '-', width), style);
        yield return Segment.LineBreak;
    }
}
