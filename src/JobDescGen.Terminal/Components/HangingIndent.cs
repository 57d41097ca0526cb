using Spectre.Console;
using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Components;

/// <summary>
/// Content rendered narrower, with a marker in front of its first line and an equally wide prefix
/// in front of the others: the hanging indent of bullets, the bar of notices and optional areas.
/// </summary>
/// <param name="content">What to indent.</param>
/// <param name="first">The prefix of the first line (a bullet, a bar).</param>
/// <param name="rest">The prefix of the other lines; padded or cut to the width of <paramref name="first"/>.</param>
/// <param name="style">The style of both prefixes.</param>
internal sealed class HangingIndent(IRenderable content, string first, string rest, Style style) : IRenderable
{
    private readonly int _indent = new Segment(first).CellCount();

    /// <inheritdoc />
    public Measurement Measure(RenderOptions options, int maxWidth)
    {
        var inner = content.Measure(options, Math.Max(1, maxWidth - _indent));
        return new Measurement(Math.Min(maxWidth, inner.Min + _indent), Math.Min(maxWidth, inner.Max + _indent));
    }

    /// <inheritdoc />
    public IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
    {
        var restPrefix = rest.PadRight(_indent)[.._indent];
        var lines = Segment.SplitLines(content.Render(options, Math.Max(1, maxWidth - _indent)));
        for (var i = 0; i < lines.Count; i++)
        {
            var prefix = i == 0 ? first : restPrefix;
            // No trailing blanks on empty lines (a bar's "┊ " becomes "┊"), so copied text stays clean.
            yield return new Segment(lines[i].CellCount() == 0 ? prefix.TrimEnd() : prefix, style);
            foreach (var segment in lines[i])
            {
                yield return segment;
            }

            yield return Segment.LineBreak;
        }
    }
}
