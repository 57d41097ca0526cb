using System.Globalization;
using DocumentFormat.OpenXml;
using JobDescGen.Docx.Styles;
using JobDescGen.Marking;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace JobDescGen.Docx.Building;

/// <summary>
/// Walks the marked Markdown AST and writes Word blocks: every node a template can produce has a
/// counterpart, so a user's own template changes the DOCX as it changes the Markdown. The marks
/// pick the styles: the title is Heading 1 with the byline as Subtitle, sections Heading 2, result
/// areas Heading 3, the notice its Notice style, lead-ins stay with their list, task lists are
/// real bullet lists, and the blocks of an optional area carry a dashed bar in the margin.
/// </summary>
internal sealed class BodyBuilder(InlineConverter inlines, TableConverter tables, ListNumbering numbering, DocumentLinks links)
{
    private const string OptionalBarColor = "8A96A3";

    public List<OpenXmlElement> Build(MarkdownDocument document)
    {
        var output = new List<OpenXmlElement>();
        foreach (var block in document)
        {
            Convert(block, Scope.Body with { Optional = block.Mark().InOptionalArea }, output);
        }

        return output;
    }

    private void Convert(Block node, Scope scope, List<OpenXmlElement> output)
    {
        switch (node)
        {
            case HeadingBlock heading:
                output.Add(Paragraph(StyleIds.Heading(heading.Mark().Role == BlockRole.Title ? 1 : heading.Level), heading.Inline, scope));
                break;
            case ParagraphBlock paragraph:
                var converted = Paragraph(ParagraphStyle(paragraph, scope), paragraph.Inline, scope);
                if (paragraph.Mark().RunInLead)
                {
                    // A result area run into its statement ("Als coördinator de …") is no heading, but it
                    // keeps the outline level of one, so the navigation pane and a table of contents list it.
                    converted.ParagraphProperties!.OutlineLevel = new W.OutlineLevel { Val = 2 };
                }

                output.Add(converted);
                break;
            case ListBlock list:
                List(list, scope, output);
                break;
            case Table table:
                output.Add(tables.Convert(table));
                break;
            case QuoteBlock quote:
                foreach (var child in quote)
                {
                    Convert(child, scope with { ParagraphStyle = StyleIds.Notice }, output);
                }

                break;
            case ThematicBreakBlock:
                output.Add(new W.Paragraph(new W.ParagraphProperties(new W.ParagraphBorders(new W.BottomBorder { Val = W.BorderValues.Single, Size = 6, Space = 1, Color = "B8C4D2" }))));
                break;
            case CodeBlock code:
                var text = string.Join("\n", code.Lines.Lines.Take(code.Lines.Count).Select(l => l.Slice.ToString()));
                output.Add(Paragraph(StyleIds.CodeBlock, [RunText.Run(text)], scope));
                break;
            case LinkReferenceDefinitionGroup:
                break;
            case LeafBlock { Lines.Count: > 0 } leaf:
                output.Add(Paragraph(scope.ParagraphStyle ?? StyleIds.Normal, [RunText.Run(leaf.Lines.ToString())], scope));
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Convert(child, scope, output);
                }

                break;
        }
    }

    private static string ParagraphStyle(ParagraphBlock paragraph, Scope scope) => paragraph.Mark().Role switch
    {
        BlockRole.Byline => StyleIds.Subtitle,
        BlockRole.LeadIn => StyleIds.LeadIn,
        _ => scope.ParagraphStyle ?? StyleIds.Normal,
    };

    private void List(ListBlock list, Scope scope, List<OpenXmlElement> output)
    {
        var numberId = list.IsOrdered ? numbering.Ordered(int.TryParse(list.OrderedStart, CultureInfo.InvariantCulture, out var start) ? start : 1) : numbering.Bullet;
        var style = scope.ParagraphStyle ?? (list.IsOrdered ? StyleIds.ListNumber : StyleIds.ListBullet);
        var inner = scope with { ListDepth = scope.ListDepth + 1 };
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var first = true;
            foreach (var child in item)
            {
                if (first && child is ParagraphBlock paragraph)
                {
                    var converted = Paragraph(style, paragraph.Inline, scope, item.Definition()?.Anchor);
                    converted.ParagraphProperties!.NumberingProperties = new W.NumberingProperties(
                        new W.NumberingLevelReference { Val = scope.ListDepth },
                        new W.NumberingId { Val = numberId });
                    output.Add(converted);
                }
                else if (child is ParagraphBlock more)
                {
                    // A further paragraph of the item lines up with its text, without a bullet.
                    var converted = Paragraph(style, more.Inline, scope);
                    converted.ParagraphProperties!.Indentation = new W.Indentation { Left = ListNumbering.LeftIndent(scope.ListDepth).ToString(CultureInfo.InvariantCulture) };
                    output.Add(converted);
                }
                else
                {
                    Convert(child, inner, output);
                }

                first = false;
            }
        }
    }

    private W.Paragraph Paragraph(string style, Markdig.Syntax.Inlines.ContainerInline? content, Scope scope, string? bookmark = null)
    {
        var children = inlines.Convert(content);
        if (bookmark is not null)
        {
            // The definition is the target of the reference marks: a bookmark around its text.
            var id = links.NextBookmarkId();
            children.Insert(0, new W.BookmarkStart { Name = DocumentLinks.BookmarkName(bookmark), Id = id });
            children.Add(new W.BookmarkEnd { Id = id });
        }

        return Paragraph(style, children, scope);
    }

    private static W.Paragraph Paragraph(string style, IEnumerable<OpenXmlElement> children, Scope scope)
    {
        var properties = new W.ParagraphProperties(new W.ParagraphStyleId { Val = style });
        if (scope.Optional)
        {
            // The dashed bar in the margin that the terminal preview draws as '┊'.
            properties.ParagraphBorders = new W.ParagraphBorders(new W.LeftBorder { Val = W.BorderValues.Dashed, Size = 6, Space = 8, Color = OptionalBarColor });
        }

        var paragraph = new W.Paragraph(properties);
        paragraph.Append(children);
        return paragraph;
    }
}
