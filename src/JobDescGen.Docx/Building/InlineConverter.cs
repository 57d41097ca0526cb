using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using JobDescGen.Docx.Styles;
using JobDescGen.Marking;
using Markdig.Syntax.Inlines;

namespace JobDescGen.Docx.Building;

/// <summary>
/// Turns Markdig inlines into the children of a Word paragraph: bold and italic as run properties,
/// code spans in the inline-code style, links as hyperlinks, and a reference mark
/// ("gespecialiseerd*") as a link to its definition's bookmark, as the PDF and HTML link it. The
/// mark that opens the definitions heading is the target and links nowhere.
/// </summary>
internal sealed class InlineConverter(DocumentLinks links, DocumentFonts fonts)
{
    public List<OpenXmlElement> Convert(ContainerInline? inlines)
    {
        var output = new List<OpenXmlElement>();
        if (inlines is not null)
        {
            Walk(inlines, default, output);
        }

        return output;
    }

    private void Walk(ContainerInline container, Format format, List<OpenXmlElement> output)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    output.AddRange(RunText.Runs(literal.Content.ToString(), format.Properties(), fonts));
                    break;
                case ReferenceMarkInline { IsTarget: true }:
                    output.Add(Run(ReferenceMarkInline.Text + " ", format with { Style = StyleIds.ReferenceMark }));
                    break;
                case ReferenceMarkInline mark:
                    output.Add(ReferenceMark(mark, format));
                    break;
                case EmphasisInline emphasis:
                    Walk(emphasis, emphasis.DelimiterCount >= 2 ? format with { Bold = true } : format with { Italic = true }, output);
                    break;
                case CodeInline code:
                    output.Add(Run(code.Content, format with { Style = StyleIds.InlineCode }));
                    break;
                case LineBreakInline lineBreak:
                    output.Add(Run(lineBreak.IsHard ? "\n" : " ", format));
                    break;
                case HtmlEntityInline entity:
                    output.Add(Run(entity.Transcoded.ToString(), format));
                    break;
                case HtmlInline html:
                    // Not interpreted: shown as the author wrote it rather than silently dropped.
                    output.Add(Run(html.Tag, format));
                    break;
                case AutolinkInline autolink:
                    output.Add(Link(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, [Run(autolink.Url, format with { Style = StyleIds.Hyperlink })]));
                    break;
                case LinkInline link:
                    var children = new List<OpenXmlElement>();
                    Walk(link, format with { Style = StyleIds.Hyperlink }, children);
                    if (string.IsNullOrEmpty(link.Url) || link.IsImage)
                    {
                        // An image shows its description; a link without an address its text.
                        output.AddRange(children);
                    }
                    else
                    {
                        output.Add(Link(link.Url, children));
                    }

                    break;
                case ContainerInline nested:
                    Walk(nested, format, output);
                    break;
            }
        }
    }

    private OpenXmlElement ReferenceMark(ReferenceMarkInline mark, Format format)
    {
        var run = Run(ReferenceMarkInline.Text, format with { Style = StyleIds.ReferenceMark });
        return mark.TargetAnchor is { } anchor
            ? new Hyperlink(run) { Anchor = DocumentLinks.BookmarkName(anchor), History = true }
            : run;
    }

    private Hyperlink Link(string url, List<OpenXmlElement> children)
    {
        var link = new Hyperlink { History = true };
        if (url.StartsWith('#'))
        {
            link.Anchor = DocumentLinks.BookmarkName(url[1..]);
        }
        else
        {
            link.Id = links.External(url);
        }

        link.Append(children);
        return link;
    }

    private static Run Run(string text, Format format) => RunText.Run(text, format.Properties());

    /// <summary>The formatting inherited from enclosing inlines.</summary>
    private readonly record struct Format(bool Bold, bool Italic, string? Style)
    {
        public RunProperties? Properties()
        {
            if (!Bold && !Italic && Style is null)
            {
                return null;
            }

            var properties = new RunProperties();
            if (Style is not null)
            {
                properties.RunStyle = new RunStyle { Val = Style };
            }

            if (Bold)
            {
                properties.Bold = new Bold();
            }

            if (Italic)
            {
                properties.Italic = new Italic();
            }

            return properties;
        }
    }
}
