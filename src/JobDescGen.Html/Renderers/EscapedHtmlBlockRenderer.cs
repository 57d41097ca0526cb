using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace JobDescGen.Html.Renderers;

/// <summary>
/// Raw HTML in the Markdown (a template's, or one that got through) shown as text, never as markup:
/// the page must not gain scripts, styles or requests from it.
/// </summary>
internal sealed class EscapedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock block)
    {
        renderer.EnsureLine();
        renderer.Write("<p>");
        renderer.WriteLeafRawLines(block, writeEndOfLines: true, escape: true, softEscape: false);
        renderer.WriteLine("</p>");
    }
}
