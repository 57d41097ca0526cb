using JobDescGen.Terminal.Components;
using Markdig.Syntax;
using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Rendering.Blocks;

/// <summary>
/// The fallback for any other leaf block (raw HTML, link definitions): its source lines as text,
/// so nothing a user's template writes silently disappears from the preview.
/// </summary>
internal sealed class LeafTextRenderer : BlockRenderer<LeafBlock>
{
    protected override IRenderable Render(LeafBlock block, RenderContext context) =>
        new WrappedText(block.Lines.ToString(), context.TextStyle);
}
