using Markdig.Syntax;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Rendering.Blocks;

/// <summary>A horizontal rule (<c>---</c>).</summary>
internal sealed class ThematicBreakRenderer : BlockRenderer<ThematicBreakBlock>
{
    protected override IRenderable Render(ThematicBreakBlock block, RenderContext context) =>
        new Rule { Style = context.Theme.Rule };
}
