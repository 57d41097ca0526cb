using JobDescGen.Html.Renderers;
using JobDescGen.Marking;

namespace JobDescGen.Html.Body;

/// <summary>
/// Renders the marked Markdown of one document into HTML: the title block (title and byline) for
/// the page's header, the rest, wrapped in sections, for its main content.
/// </summary>
internal static class BodyWriter
{
    /// <summary>The body of <paramref name="document"/>.</summary>
    public static RenderedBody Write(RenderedDocument document)
    {
        var context = new BodyContext(document);
        var titleBlock = new StringWriter();
        var content = new StringWriter();
        var renderer = JobDescriptionHtmlRenderer.Create(titleBlock, context);
        var blocks = document.Ast;

        var i = 0;
        for (; i < blocks.Count && blocks[i].Mark().Role is BlockRole.Title or BlockRole.Byline; i++)
        {
            renderer.Write(blocks[i]);
        }

        renderer.Writer = content;
        var sections = new SectionNesting(renderer);
        for (; i < blocks.Count; i++)
        {
            sections.Before(blocks[i].Mark());
            renderer.Write(blocks[i]);
        }

        sections.CloseAll();
        return new RenderedBody(titleBlock.ToString(), content.ToString());
    }
}
