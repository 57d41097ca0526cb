using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace JobDescGen.Html.Renderers;

/// <summary>
/// Links and images under <see cref="LinkPolicy"/>: a link to a disallowed target keeps its text
/// without the link; an image that would be fetched from elsewhere becomes a link to it, named by
/// its description, so opening the page makes no request.
/// </summary>
internal sealed class SafeLinkRenderer : HtmlObjectRenderer<LinkInline>
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
        if (link.IsImage && LinkPolicy.IsEmbeddedImage(url))
        {
            renderer.Write("<img src=\"").WriteEscapeUrl(url).Write("\" alt=\"");
            var alt = renderer.EnableHtmlForInline;
            renderer.EnableHtmlForInline = false;
            renderer.WriteChildren(link);
            renderer.EnableHtmlForInline = alt;
            renderer.Write("\" />");
            return;
        }

        if (!LinkPolicy.IsSafe(url))
        {
            renderer.WriteChildren(link);
            return;
        }

        renderer.Write("<a href=\"").WriteEscapeUrl(url).Write('"');
        if (!string.IsNullOrEmpty(link.Title))
        {
            renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
        }

        renderer.Write('>');
        renderer.WriteChildren(link);
        renderer.Write("</a>");
    }
}
