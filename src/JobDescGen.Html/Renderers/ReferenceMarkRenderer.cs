using JobDescGen.Html.Body;
using JobDescGen.Marking;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace JobDescGen.Html.Renderers;

/// <summary>
/// A reference mark as a link to the definition it refers to, named by the term for screen
/// readers ("Definitie: specialisatie"); a mark whose definition is not on the page stays a plain
/// mark, so no link points nowhere. The mark that opens the definitions heading is the target's sign.
/// </summary>
internal sealed class ReferenceMarkRenderer(BodyContext context) : HtmlObjectRenderer<ReferenceMarkInline>
{
    protected override void Write(HtmlRenderer renderer, ReferenceMarkInline mark)
    {
        if (mark.IsTarget)
        {
            // The marker took the space after the '*' with it: give it back.
            renderer.Write("<span class=\"ref-target\" aria-hidden=\"true\">").Write(ReferenceMarkInline.Text).Write("</span> ");
            return;
        }

        if (mark.TargetAnchor is not { } anchor || context.TermOnPage(mark.DefinitionIds[0]) is null)
        {
            renderer.Write("<span class=\"ref\">").Write(ReferenceMarkInline.Text).Write("</span>");
            return;
        }

        var terms = mark.DefinitionIds.Select(context.TermOnPage).OfType<string>();
        var label = $"{context.Document.Label("definitions")}: {string.Join(", ", terms)}";
        renderer.Write("<a class=\"ref\" href=\"#").WriteEscape(anchor).Write("\" aria-label=\"").WriteEscape(label).Write("\">")
            .Write(ReferenceMarkInline.Text).Write("</a>");
    }
}
