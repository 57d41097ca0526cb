using System.Globalization;
using JobDescGen.Html.Body;
using JobDescGen.Marking;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace JobDescGen.Html.Renderers;

/// <summary>
/// Headings at the level their role gives them, whatever the template wrote: the title h1, sections
/// h2, result areas h3, any other heading one below the heading before it at most. Each gets an id
/// to link to.
/// </summary>
internal sealed class MarkedHeadingRenderer(BodyContext context) : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var mark = heading.Mark();
        var level = mark.Role switch
        {
            BlockRole.Title => 1,
            BlockRole.SectionHeading => 2,
            BlockRole.AreaHeading => 3,
            // Below the last heading, never skipping a level: h2 then a "#####" gives h3.
            _ => Math.Min(Math.Max(heading.Level, 2), Math.Max(context.LastHeadingLevel + 1, 2)),
        };
        context.LastHeadingLevel = level;
        var tag = "h" + level.ToString(CultureInfo.InvariantCulture);
        var id = context.Ids.ForHeading(mark, PlainText.Of(heading.Inline));

        renderer.EnsureLine();
        renderer.Write('<').Write(tag).Write(" id=\"").WriteEscape(id).Write("\">");
        renderer.WriteLeafInline(heading);
        renderer.Write("</").Write(tag).WriteLine(">");
    }
}
