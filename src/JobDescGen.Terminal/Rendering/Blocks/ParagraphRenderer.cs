using JobDescGen.Marking;
using JobDescGen.Terminal.Components;
using JobDescGen.Terminal.Rendering.Inlines;
using Markdig.Syntax;
using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Rendering.Blocks;

/// <summary>
/// A paragraph: its inlines, wrapped at word boundaries. A lead-in ("Voorbeelden van taken") is
/// underlined with dots in plain text, where bold is lost; a result area whose title is run into
/// its statement gets the sub-heading triangle, so areas stand apart in any terminal.
/// </summary>
internal sealed class ParagraphRenderer : BlockRenderer<ParagraphBlock>
{
    protected override IRenderable Render(ParagraphBlock block, RenderContext context)
    {
        var text = new WrappedText(InlineText.Runs(block.Inline, context.TextStyle, context.Theme));
        return block.Mark() switch
        {
            { Role: BlockRole.LeadIn } => new StyleFallback(text, new Underline(text, context.Theme.Rule, Symbols.LabelUnderline)),
            { RunInLead: true } => new HangingIndent(text, Symbols.SubHeading, "", context.Theme.SubHeading),
            _ => text,
        };
    }
}
