using Spectre.Console;
using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Components;

/// <summary>One empty line between blocks, as a blank line separates Markdown blocks.</summary>
internal sealed class Spacer : IRenderable
{
    /// <summary>The shared instance (it has no state).</summary>
    public static Spacer Line { get; } = new();

    /// <inheritdoc />
    public Measurement Measure(RenderOptions options, int maxWidth) => new(0, 0);

    /// <inheritdoc />
    public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) => [Segment.LineBreak];
}
