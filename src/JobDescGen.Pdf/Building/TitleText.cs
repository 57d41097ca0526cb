using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace JobDescGen.Pdf.Building;

/// <summary>The plain text of the document's title and the line under it, for the running header and footer.</summary>
internal static class TitleText
{
    public static (string? Title, string? Byline) Find(MarkdownDocument document)
    {
        for (var i = 0; i < document.Count; i++)
        {
            if (document[i] is HeadingBlock { Level: 1 } heading)
            {
                var byline = i + 1 < document.Count && document[i + 1] is ParagraphBlock paragraph ? Plain(paragraph.Inline) : null;
                return (Plain(heading.Inline), byline);
            }
        }

        return (null, null);
    }

    private static string Plain(ContainerInline? inlines) =>
        inlines is null ? string.Empty : string.Concat(inlines.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}
