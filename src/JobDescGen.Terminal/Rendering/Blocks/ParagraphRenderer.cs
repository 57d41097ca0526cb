using JobDescGen.Terminal.Components;
using JobDescGen.Terminal.Rendering.Inlines;
using Markdig.Syntax;
using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Rendering.Blocks;

/// <summary>A paragraph: its inlines, wrapped at word boundaries.</summary>
internal sealed class ParagraphRenderer : BlockRenderer<ParagraphBlock>
{
    protected override IRenderable Render(ParagraphBlock block, RenderContext context) =>
        new WrappedText(InlineText.Runs(block.Inline, context.TextStyle, context.Theme));
}
