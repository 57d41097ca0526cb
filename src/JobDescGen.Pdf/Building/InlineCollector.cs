using JobDescGen.Marking;
using JobDescGen.Pdf.Text;
using Markdig.Syntax.Inlines;
using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Building;

/// <summary>
/// Flattens Markdig inlines into styled runs: bold and italic nest, code spans take the accent
/// colour, soft line breaks become spaces and hard ones line feeds, links show their address, inline
/// HTML is shown as written. A reference mark ("gespecialiseerd*", found by the document marker) is
/// set in the accent colour so the eye finds its definition; the one that opens the definitions
/// heading is drawn as an artifact, so neither the bookmark nor a screen reader says "asterisk".
/// A reference mark links to its definition, and a link or autolink to its address, when
/// <see cref="DocumentLinks"/> allows it: the runs carry the link, the drawing makes the annotation.
/// </summary>
internal static class InlineCollector
{
    public static List<InlineRun> Collect(ContainerInline? inlines, TextStyle style, XColor accent, DocumentLinks? links = null)
    {
        var runs = new List<InlineRun>();
        if (inlines is not null)
        {
            new Walker(accent, links ?? DocumentLinks.None, runs).Walk(inlines, style);
        }

        return runs;
    }

    private sealed class Walker(XColor accent, DocumentLinks links, List<InlineRun> runs)
    {
        public void Walk(ContainerInline container, TextStyle style)
        {
            foreach (var inline in container)
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        runs.Add(new InlineRun(literal.Content.ToString(), style));
                        break;
                    case ReferenceMarkInline { IsTarget: true }:
                        runs.Add(new InlineRun(ReferenceMarkInline.Text + " ", style with { Color = accent, Artifact = true }));
                        break;
                    case ReferenceMarkInline mark:
                        runs.Add(new InlineRun(ReferenceMarkInline.Text, style with { Color = accent, Bold = true, Link = links.ForMark(mark) }));
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
                        runs.Add(new InlineRun(link.Url, style with { Link = DocumentLinks.ForAddress(link.IsEmail ? "mailto:" + link.Url : link.Url) }));
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
            var linked = link.IsImage ? style : style with { Link = DocumentLinks.ForAddress(link.Url) ?? style.Link };
            Walk(link, linked);
            var text = string.Concat(runs.Skip(start).Select(r => r.Text));
            if (string.IsNullOrEmpty(link.Url) || string.Equals(text.Trim(), link.Url, StringComparison.Ordinal))
            {
                return;
            }

            if (text.Length == 0)
            {
                runs.Add(new InlineRun(link.Url, linked));
                return;
            }

            // Only the address itself is linked, not the brackets around it.
            runs.Add(new InlineRun(" (", style));
            runs.Add(new InlineRun(link.Url, linked));
            runs.Add(new InlineRun(")", style));
        }
    }
}
