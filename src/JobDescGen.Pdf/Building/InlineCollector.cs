using System.Text;
using JobDescGen.Pdf.Text;
using Markdig.Syntax.Inlines;
using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Building;

/// <summary>
/// Flattens Markdig inlines into styled runs: bold and italic nest, code spans take the accent
/// colour, line breaks inside a paragraph become spaces, and a footnote-style asterisk
/// ("gespecialiseerd*") is set in the accent colour so the reader's eye finds its definition.
/// </summary>
internal static class InlineCollector
{
    public static List<InlineRun> Collect(ContainerInline? inlines, TextStyle style, XColor accent)
    {
        var runs = new List<InlineRun>();
        if (inlines is not null)
        {
            Walk(inlines, style, accent, runs);
        }

        return runs;
    }

    private static void Walk(ContainerInline container, TextStyle style, XColor accent, List<InlineRun> runs)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    AddLiteral(literal.Content.ToString(), style, accent, runs);
                    break;
                case EmphasisInline emphasis:
                    var inner = emphasis.DelimiterCount >= 2 ? style.WithBold() : style.WithItalic();
                    Walk(emphasis, inner, accent, runs);
                    break;
                case CodeInline code:
                    runs.Add(new InlineRun(code.Content, style with { Color = accent }));
                    break;
                case LineBreakInline:
                    runs.Add(new InlineRun(" ", style));
                    break;
                case HtmlEntityInline entity:
                    runs.Add(new InlineRun(entity.Transcoded.ToString(), style));
                    break;
                case AutolinkInline link:
                    runs.Add(new InlineRun(link.Url, style));
                    break;
                case ContainerInline nested:
                    Walk(nested, style, accent, runs);
                    break;
            }
        }
    }

    private static void AddLiteral(string text, TextStyle style, XColor accent, List<InlineRun> runs)
    {
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (c == '*')
            {
                if (current.Length > 0)
                {
                    runs.Add(new InlineRun(current.ToString(), style));
                    current.Clear();
                }

                runs.Add(new InlineRun("*", style with { Color = accent, Bold = true }));
                continue;
            }

            current.Append(c);
        }

        if (current.Length > 0)
        {
            runs.Add(new InlineRun(current.ToString(), style));
        }
    }
}
