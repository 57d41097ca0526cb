using System.Text;
using JobDescGen.Pdf.Text;
using Markdig.Syntax.Inlines;
using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Building;

/// <summary>
/// Flattens Markdig inlines into styled runs: bold and italic nest, code spans take the accent
/// colour, soft line breaks become spaces and hard ones line feeds, links show their address, inline
/// HTML is shown as written. Where references are marked (criteria cells, headings), an asterisk
/// right after a word ("gespecialiseerd*") is set in the accent colour so the eye finds its definition.
/// </summary>
internal static class InlineCollector
{
    public static List<InlineRun> Collect(ContainerInline? inlines, TextStyle style, XColor accent, bool markReferences = false)
    {
        var runs = new List<InlineRun>();
        if (inlines is not null)
        {
            new Walker(accent, markReferences, runs).Walk(inlines, style);
        }

        return runs;
    }

    private sealed class Walker(XColor accent, bool markReferences, List<InlineRun> runs)
    {
        public void Walk(ContainerInline container, TextStyle style)
        {
            foreach (var inline in container)
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        AddLiteral(literal.Content.ToString(), style);
                        break;
                    case EmphasisInline emphasis:
                        Walk(emphasis, emphasis.DelimiterCount >= 2 ? style.WithBold() : style.WithItalic());
                        break;
                    case CodeInline code:
                        runs.Add(new InlineRun(code.Content, style with { Color = accent }));
                        break;
                    case LineBreakInline lineBreak:
                        runs.Add(new InlineRun(lineBreak.IsHard ? "\n" : " ", style));
                        break;
                    case HtmlEntityInline entity:
                        runs.Add(new InlineRun(entity.Transcoded.ToString(), style));
                        break;
                    case HtmlInline html:
                        // Not interpreted: shown as the author wrote it rather than silently dropped.
                        runs.Add(new InlineRun(html.Tag, style));
                        break;
                    case AutolinkInline link:
                        runs.Add(new InlineRun(link.Url, style));
                        break;
                    case LinkInline link:
                        Link(link, style);
                        break;
                    case ContainerInline nested:
                        Walk(nested, style);
                        break;
                }
            }
        }

        /// <summary>A printed page cannot be clicked: the address follows the text unless the text is the address.</summary>
        private void Link(LinkInline link, TextStyle style)
        {
            var start = runs.Count;
            Walk(link, style);
            var text = string.Concat(runs.Skip(start).Select(r => r.Text));
            if (!string.IsNullOrEmpty(link.Url) && !string.Equals(text.Trim(), link.Url, StringComparison.Ordinal))
            {
                runs.Add(new InlineRun(text.Length == 0 ? link.Url : $" ({link.Url})", style));
            }
        }

        private void AddLiteral(string text, TextStyle style)
        {
            if (!markReferences || !text.Contains('*', StringComparison.Ordinal))
            {
                runs.Add(new InlineRun(text, style));
                return;
            }

            var current = new StringBuilder();
            for (var i = 0; i < text.Length; i++)
            {
                // A reference mark ends a word: "specialisatie*" or "specialisatie*,", not "5 * 3" or "*ster".
                var previous = i > 0 ? text[i - 1] : LastChar();
                var next = i + 1 < text.Length ? text[i + 1] : ' ';
                if (text[i] == '*' && char.IsLetterOrDigit(previous) && !char.IsLetterOrDigit(next))
                {
                    Flush(current, style);
                    runs.Add(new InlineRun("*", style with { Color = accent, Bold = true }));
                    continue;
                }

                current.Append(text[i]);
            }

            Flush(current, style);
        }

        private char LastChar() => runs.Count > 0 && runs[^1].Text.Length > 0 ? runs[^1].Text[^1] : ' ';

        private void Flush(StringBuilder current, TextStyle style)
        {
            if (current.Length > 0)
            {
                runs.Add(new InlineRun(current.ToString(), style));
                current.Clear();
            }
        }
    }
}
