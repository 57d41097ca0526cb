using JobDescGen.Terminal.Components;
using JobDescGen.Terminal.Rendering.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Rendering.Blocks;

/// <summary>
/// A paragraph: its inlines, wrapped at word boundaries. A paragraph that is all bold is a label
/// ("Voorbeelden van taken"); in plain text, where bold is lost, it is underlined with dots.
/// </summary>
internal sealed class ParagraphRenderer : BlockRenderer<ParagraphBlock>
{
    protected override IRenderable Render(ParagraphBlock block, RenderContext context)
    {
        var text = new WrappedText(InlineText.Runs(block.Inline, context.TextStyle, context.Theme));
        return IsLabel(block)
            ? new StyleFallback(text, new Underline(text, context.Theme.Rule, Symbols.LabelUnderline))
            : text;
    }

    private static bool IsLabel(ParagraphBlock block) =>
        block.Inline?.FirstChild is EmphasisInline { DelimiterCount: 2 } strong
        && (strong.NextSibling is null || (strong.NextSibling is LiteralInline trailing && trailing.Content.IsEmptyOrWhitespace() && trailing.NextSibling is null));
}
