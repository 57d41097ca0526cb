using JobDescGen.Marking;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace JobDescGen.Html.Renderers;

/// <summary>Paragraphs with a class for what they are: byline, purpose, area statement, lead-in.</summary>
internal sealed class MarkedParagraphRenderer : HtmlObjectRenderer<ParagraphBlock>
{
    protected override void Write(HtmlRenderer renderer, ParagraphBlock paragraph)
    {
        // In a tight list item or a table cell the text stands alone, as Markdig writes it.
        if (renderer.ImplicitParagraph)
        {
            renderer.WriteLeafInline(paragraph);
            return;
        }

        var mark = paragraph.Mark();
        var css = mark.Role switch
        {
            BlockRole.Byline => "byline",
            BlockRole.PurposeStatement => "statement purpose-statement",
            BlockRole.AreaStatement => mark.RunInLead ? "statement run-in" : "statement",
            BlockRole.LeadIn => "lead-in",
            _ => null,
        };

        renderer.EnsureLine();
        renderer.Write(css is null ? "<p>" : $"<p class=\"{css}\">");
        renderer.WriteLeafInline(paragraph);
        renderer.WriteLine("</p>");
    }
}
