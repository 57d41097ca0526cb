using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace JobDescGen.Html.Renderers;

/// <summary>An inline HTML tag shown as the text it is (see <see cref="EscapedHtmlBlockRenderer"/>).</summary>
internal sealed class EscapedHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline tag) => renderer.WriteEscape(tag.Tag);
}
