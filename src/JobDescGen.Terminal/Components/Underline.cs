using Spectre.Console;
using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Components;

/// <summary>Content followed by a line as wide as its widest line: <c>─</c> under a section heading, <c>·</c> under a label in plain text.</summary>
/// <param name="content">The heading text.</param>
/// <param name="style">The style of the line.</param>
/// <param name="line">The character of the line (Unicode; <c>-</c> or <c>.</c> replace it on terminals without Unicode).</param>
internal sealed class Underline(IRenderable content, Style style, char line = '─') : IRenderable
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
        yield return new Segment(new string(options.Unicode ? line : Ascii(line), width), style);
        yield return Segment.LineBreak;
    }

    private static char Ascii(char line) => line == '─' ? '-' : '.';
}
