using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Components;

/// <summary>
/// One renderable where styles show (ANSI output), another where they are lost (plain text, a pipe,
/// NO_COLOR): for meaning carried by a style alone, such as a bold label, which then needs a
/// character mark instead.
/// </summary>
/// <param name="styled">What to draw when styles show.</param>
/// <param name="plain">What to draw in plain text.</param>
internal sealed class StyleFallback(IRenderable styled, IRenderable plain) : IRenderable
{
    /// <inheritdoc />
    public Measurement Measure(RenderOptions options, int maxWidth) => Pick(options).Measure(options, maxWidth);

    /// <inheritdoc />
    public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) => Pick(options).Render(options, maxWidth);

    private IRenderable Pick(RenderOptions options) => options.Ansi ? styled : plain;
}
