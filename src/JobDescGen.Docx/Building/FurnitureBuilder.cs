using DocumentFormat.OpenXml;
using JobDescGen.Docx.Reference;
using JobDescGen.Docx.Styles;
using JobDescGen.Marking;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace JobDescGen.Docx.Building;

/// <summary>
/// The header (the running title) and the footer (version, date, organisation on the left, "Pagina
/// X van Y" on the right, with PAGE and NUMPAGES fields), after whatever the reference document's
/// own header and footer hold (a logo).
/// </summary>
internal static class FurnitureBuilder
{
    public static W.Header Header(RenderedDocument document, FurnitureContent reference)
    {
        var header = reference.PartXml is { } xml ? new W.Header(xml) : new W.Header();
        header.AppendChild(Line(StyleIds.RunningHeader, [RunText.Run(document.Facts.HeaderText)], null));
        return header;
    }

    public static W.Footer Footer(RenderedDocument document, FurnitureContent reference, int contentWidth)
    {
        var footer = reference.PartXml is { } xml ? new W.Footer(xml) : new W.Footer();
        var children = new List<OpenXmlElement> { RunText.Run(document.Facts.FooterText + "\t") };
        children.AddRange(PageLabel(document.Label("page")));
        footer.AppendChild(Line(StyleIds.RunningFooter, children, contentWidth));
        return footer;
    }

    /// <summary>"Pagina {page} van {pages}" as text runs around PAGE and NUMPAGES fields.</summary>
    internal static IEnumerable<OpenXmlElement> PageLabel(string label)
    {
        var rest = label;
        while (rest.Length > 0)
        {
            var page = rest.IndexOf("{page}", StringComparison.Ordinal);
            var pages = rest.IndexOf("{pages}", StringComparison.Ordinal);
            var next = new[] { page, pages }.Where(i => i >= 0).DefaultIfEmpty(-1).Min();
            if (next < 0)
            {
                yield return RunText.Run(rest);
                yield break;
            }

            if (next > 0)
            {
                yield return RunText.Run(rest[..next]);
            }

            var isPages = next == pages;
            yield return new W.SimpleField(RunText.Run("1")) { Instruction = isPages ? " NUMPAGES " : " PAGE " };
            rest = rest[(next + (isPages ? "{pages}" : "{page}").Length)..];
        }
    }

    private static W.Paragraph Line(string style, IEnumerable<OpenXmlElement> children, int? rightTab)
    {
        var properties = new W.ParagraphProperties(new W.ParagraphStyleId { Val = style });
        if (rightTab is { } position)
        {
            // The Footer style's own centre and right tabs (Word's, for its default margins) would
            // catch the tab; the page number goes to the right margin of this page setup.
            properties.Tabs = new W.Tabs(
                new W.TabStop { Val = W.TabStopValues.Clear, Position = 4536 },
                new W.TabStop { Val = W.TabStopValues.Clear, Position = 9072 },
                new W.TabStop { Val = W.TabStopValues.Right, Position = position });
        }

        var paragraph = new W.Paragraph(properties);
        paragraph.Append(children);
        return paragraph;
    }

    /// <summary>True for a paragraph this tool wrote into a header or footer: left out when such a document serves as reference.</summary>
    public static bool IsRunningLine(W.Paragraph paragraph) =>
        paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value is StyleIds.RunningHeader or StyleIds.RunningFooter;
}
