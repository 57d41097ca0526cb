using JobDescGen.Html.Body;
using JobDescGen.Marking;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace JobDescGen.Html.Renderers;

/// <summary>
/// Lists with a class for what they hold (example tasks, definitions); each definition's item
/// carries the anchor the reference marks link to.
/// </summary>
internal sealed class MarkedListRenderer(BodyContext context) : HtmlObjectRenderer<ListBlock>
{
    protected override void Write(HtmlRenderer renderer, ListBlock list)
    {
        var role = list.Mark().Role;
        var css = role switch
        {
            BlockRole.TaskList => " class=\"tasks\"",
            BlockRole.DefinitionList => " class=\"definitions\"",
            _ => string.Empty,
        };

        renderer.EnsureLine();
        if (list.IsOrdered)
        {
            renderer.Write("<ol").Write(css);
            if (list.OrderedStart is { } start && start != "1" && int.TryParse(start, out _))
            {
                renderer.Write(" start=\"").Write(start).Write('"');
            }

            renderer.WriteLine(">");
        }
        else
        {
            renderer.Write("<ul").Write(css).WriteLine(">");
        }

        foreach (var item in list.OfType<ListItemBlock>())
        {
            var implicitParagraph = renderer.ImplicitParagraph;
            renderer.ImplicitParagraph = !list.IsLoose;
            renderer.EnsureLine();
            renderer.Write("<li");
            if (role == BlockRole.DefinitionList && item.Definition() is { } definition && context.WriteAnchor(definition.Anchor))
            {
                renderer.Write(" id=\"").WriteEscape(definition.Anchor).Write('"');
            }

            renderer.Write('>');
            renderer.WriteChildren(item);
            renderer.WriteLine("</li>");
            renderer.ImplicitParagraph = implicitParagraph;
        }

        renderer.EnsureLine();
        renderer.WriteLine(list.IsOrdered ? "</ol>" : "</ul>");
    }
}
