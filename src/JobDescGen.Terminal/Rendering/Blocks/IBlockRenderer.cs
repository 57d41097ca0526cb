using Markdig.Syntax;
using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Rendering.Blocks;

/// <summary>Renders one kind of Markdig block (Markdig's model: one renderer per node type).</summary>
internal interface IBlockRenderer
{
    /// <summary>True when this renderer handles <paramref name="block"/>.</summary>
    bool Accepts(Block block);

    /// <summary>The renderable for <paramref name="block"/>.</summary>
    IRenderable Render(Block block, RenderContext context);
}
