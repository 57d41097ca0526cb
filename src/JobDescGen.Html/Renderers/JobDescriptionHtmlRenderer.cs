using JobDescGen.Html.Body;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;

namespace JobDescGen.Html.Renderers;

/// <summary>
/// Markdig's HTML renderer with the renderers of this format in place of the generic ones: each
/// reads the document's marks (headings by role, the notice, task and definition lists, the
/// criteria table, reference marks), and none lets raw HTML, scripts or external resources in.
/// </summary>
internal static class JobDescriptionHtmlRenderer
{
    /// <summary>A renderer writing to <paramref name="writer"/> for the page of <paramref name="context"/>.</summary>
    public static HtmlRenderer Create(TextWriter writer, BodyContext context)
    {
        var renderer = new HtmlRenderer(writer);
        var renderers = renderer.ObjectRenderers;
        renderers.Replace<HeadingRenderer>(new MarkedHeadingRenderer(context));
        renderers.Replace<ParagraphRenderer>(new MarkedParagraphRenderer());
        renderers.Replace<QuoteBlockRenderer>(new NoticeRenderer());
        renderers.Replace<ListRenderer>(new MarkedListRenderer(context));
        renderers.Replace<HtmlBlockRenderer>(new EscapedHtmlBlockRenderer());
        renderers.Replace<HtmlInlineRenderer>(new EscapedHtmlInlineRenderer());
        renderers.Replace<LinkInlineRenderer>(new SafeLinkRenderer());
        renderers.Replace<AutolinkInlineRenderer>(new SafeAutolinkRenderer());
        renderers.Add(new CriteriaTableRenderer(context));
        renderers.Add(new ReferenceMarkRenderer(context));
        return renderer;
    }
}
