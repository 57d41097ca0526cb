using Markdig.Syntax;
using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Rendering.Blocks;

/// <summary>Base of the renderers of one block type <typeparamref name="TBlock"/>.</summary>
internal abstract class BlockRenderer<TBlock> : IBlockRenderer
    where TBlock : Block
{
    public virtual bool Accepts(Block block) => block is TBlock;

    public IRenderable Render(Block block, RenderContext context) => Render((TBlock)block, context);

    protected abstract IRenderable Render(TBlock block, RenderContext context);
}
