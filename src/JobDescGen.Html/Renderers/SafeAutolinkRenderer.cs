using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace JobDescGen.Html.Renderers;

/// <summary>Autolinks (<c>&lt;https://…&gt;</c>, e-mail addresses) under <see cref="LinkPolicy"/>.</summary>
internal sealed class SafeAutolinkRenderer : HtmlObjectRenderer<AutolinkInline>
{
    protected override void Write(HtmlRenderer renderer, AutolinkInline link)
    {
        var url = link.IsEmail ? "mailto:" + link.Url : link.Url;
        if (!LinkPolicy.IsSafe(url))
        {
            renderer.WriteEscape(link.Url);
            return;
        }

        renderer.Write("<a href=\"").WriteEscapeUrl(url).Write("\">").WriteEscape(link.Url).Write("</a>");
    }
}
