using System.Text;
using Markdig.Syntax.Inlines;

namespace JobDescGen.Marking;

/// <summary>The text of Markdig inlines without their formatting: what a reader sees, for matching and for writers that need plain text.</summary>
public static class PlainText
{
    /// <summary>The plain text of <paramref name="inline"/> (soft line breaks as spaces).</summary>
    public static string Of(Inline? inline)
    {
        var text = new StringBuilder();
        Append(inline, text);
        return text.ToString();
    }

    private static void Append(Inline? inline, StringBuilder text)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                return;
            case CodeInline code:
                text.Append(code.Content);
                return;
            case LineBreakInline:
                text.Append(' ');
                return;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                return;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                return;
            case ReferenceMarkInline:
                text.Append(ReferenceMarkInline.Text);
                return;
            case LeafInline leaf:
                text.Append(leaf.ToString());
                return;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text);
                }

                return;
        }
    }
}
