using JobDescGen.Terminal.Components;
using Markdig.Syntax;
using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Rendering.Blocks;

/// <summary>A block quote (the template's notice): its blocks in the notice style behind a bar.</summary>
internal sealed class QuoteRenderer : BlockRenderer<QuoteBlock>
{
    protected override IRenderable Render(QuoteBlock block, RenderContext context)
    {
        var inner = (context with { TextStyle = context.TextStyle.Combine(context.Theme.Notice) }).Children(block);
        var bar = Symbols.Bar;
        return new HangingIndent(inner, bar, bar, context.Theme.NoticeBar);
    }
}
