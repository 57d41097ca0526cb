using JobDescGen.Marking;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace JobDescGen.Html.Renderers;

/// <summary>The notice as a note set apart (<c>role="note"</c>); any other block quote as a quote.</summary>
internal sealed class NoticeRenderer : HtmlObjectRenderer<QuoteBlock>
{
    protected override void Write(HtmlRenderer renderer, QuoteBlock quote)
    {
        var notice = quote.Mark().Role == BlockRole.Notice;
        renderer.EnsureLine();
        renderer.WriteLine(notice ? "<aside class=\"notice\" role=\"note\">" : "<blockquote>");
        var implicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = false;
        renderer.WriteChildren(quote);
        renderer.ImplicitParagraph = implicitParagraph;
        renderer.EnsureLine();
        renderer.WriteLine(notice ? "</aside>" : "</blockquote>");
    }
}
