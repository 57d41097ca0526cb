using Spectre.Console;
using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Components;

/// <summary>
/// Two documents in equal halves of the width with a bar between them. Blocks are laid out in
/// pairs (the first block of each side, then the second...) and the shorter of a pair is padded,
/// so two documents made by the same template stay level: the criteria tables start on the same
/// line. Each half is rendered at its own width, so width-aware blocks adapt per half.
/// </summary>
/// <param name="left">The left document's blocks.</param>
/// <param name="right">The right document's blocks.</param>
/// <param name="barStyle">The style of the bar between the halves.</param>
public sealed class SideBySide(IReadOnlyList<IRenderable> left, IReadOnlyList<IRenderable> right, Style barStyle) : IRenderable
{
    private const int Gap = 3;

    /// <inheritdoc />
    public Measurement Measure(RenderOptions options, int maxWidth) => new(Math.Min(maxWidth, (2 * 20) + Gap), maxWidth);

    /// <inheritdoc />
    public IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
    {
        var half = Math.Max(1, (maxWidth - Gap) / 2);
        var bar = options.Unicode ? " │ " : " | ";
        for (var block = 0; block < Math.Max(left.Count, right.Count); block++)
        {
            var leftLines = block < left.Count ? Segment.SplitLines(left[block].Render(options, half)) : [];
            var rightLines = block < right.Count ? Segment.SplitLines(right[block].Render(options, half)) : [];
            for (var i = 0; i < Math.Max(leftLines.Count, rightLines.Count); i++)
            {
                var leftLine = i < leftLines.Count ? leftLines[i] : new SegmentLine();
                foreach (var segment in leftLine)
                {
                    yield return segment;
                }

                yield return Segment.Padding(Math.Max(0, half - leftLine.CellCount()));
                yield return new Segment(bar.TrimEnd(), barStyle);
                if (i < rightLines.Count && rightLines[i].CellCount() > 0)
                {
                    yield return new Segment(" ");
                    foreach (var segment in rightLines[i])
                    {
                        yield return segment;
                    }
                }

                yield return Segment.LineBreak;
            }
        }
    }
}
