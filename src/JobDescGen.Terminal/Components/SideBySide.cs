using Spectre.Console;
using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Components;

/// <summary>
/// Two documents in equal halves of the width with a bar between them, band by band: the blocks of
/// a band start on the same line and the shorter one is padded, so two documents made by the same
/// template stay level. A band may instead span the whole width (the merged criteria table). Each
/// half is rendered at its own width, so width-aware blocks adapt per half.
/// </summary>
/// <param name="rows">The bands, top to bottom.</param>
/// <param name="barStyle">The style of the bar between the halves.</param>
internal sealed class SideBySide(IReadOnlyList<SideBySideRow> rows, Style barStyle) : IRenderable
{
    // Two blanks either side of the bar: with one, a notice's own bar sat beside it and read as a double line.
    private const int Gap = 5;

    /// <inheritdoc />
    public Measurement Measure(RenderOptions options, int maxWidth) => new(Math.Min(maxWidth, (2 * 20) + Gap), maxWidth);

    /// <inheritdoc />
    public IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
    {
        var half = Math.Max(1, (maxWidth - Gap) / 2);
        var bar = options.Unicode ? "│" : "|";
        foreach (var row in rows)
        {
            if (row.Spanning is not null)
            {
                foreach (var segment in row.Spanning.Render(options, maxWidth))
                {
                    yield return segment;
                }

                continue;
            }

            var leftLines = row.Left is null ? [] : Segment.SplitLines(row.Left.Render(options, half));
            var rightLines = row.Right is null ? [] : Segment.SplitLines(row.Right.Render(options, half));
            for (var i = 0; i < Math.Max(leftLines.Count, rightLines.Count); i++)
            {
                var leftLine = i < leftLines.Count ? leftLines[i] : new SegmentLine();
                foreach (var segment in leftLine)
                {
                    yield return segment;
                }

                yield return Segment.Padding(Math.Max(0, half - leftLine.CellCount() + 2));
                yield return new Segment(bar, barStyle);
                if (i < rightLines.Count && rightLines[i].CellCount() > 0)
                {
                    yield return Segment.Padding(2);
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
