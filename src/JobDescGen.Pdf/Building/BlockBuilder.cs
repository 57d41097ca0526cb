using JobDescGen.Pdf.Elements;
using JobDescGen.Pdf.Layout;
using JobDescGen.Pdf.Tagging;
using JobDescGen.Pdf.Text;
using Markdig.Extensions.Tables;
using ContainerBlock = Markdig.Syntax.ContainerBlock;
using LeafBlock = Markdig.Syntax.LeafBlock;
using MarkdownDocument = Markdig.Syntax.MarkdownDocument;
using ThematicBreakBlock = Markdig.Syntax.ThematicBreakBlock;
using Markdig.Syntax.Inlines;
using MdBlock = Markdig.Syntax.Block;
using MdHeading = Markdig.Syntax.HeadingBlock;
using MdList = Markdig.Syntax.ListBlock;
using MdListItem = Markdig.Syntax.ListItemBlock;
using MdParagraph = Markdig.Syntax.ParagraphBlock;
using MdQuote = Markdig.Syntax.QuoteBlock;

namespace JobDescGen.Pdf.Building;

/// <summary>
/// Turns the Markdown AST into layout blocks: every node the templates can produce has a block, so a
/// user's own template changes the PDF as it changes the Markdown.
/// </summary>
internal sealed class BlockBuilder(StyleSheet styles, ITextMeasurer measurer)
{
    /// <summary>The whole document as one stack, ready for paging.</summary>
    public StackBlock Build(MarkdownDocument document) => new(Blocks(document, listDepth: 0));

    private List<Block> Blocks(ContainerBlock container, int listDepth)
    {
        var blocks = new List<Block>();
        for (var i = 0; i < container.Count; i++)
        {
            var node = container[i];
            if (node is MdHeading { Level: 1 } title && blocks.Count == 0)
            {
                // The first level-1 heading and the paragraph under it form the title block.
                var byline = i + 1 < container.Count ? container[i + 1] as MdParagraph : null;
                blocks.Add(Title(title, byline));
                i += byline is null ? 0 : 1;
                continue;
            }

            var block = Convert(node, listDepth);
            if (block is not null)
            {
                blocks.Add(block);
            }
        }

        return blocks;
    }

    private Block? Convert(MdBlock node, int listDepth) => node switch
    {
        MdHeading heading => Heading(heading),
        MdParagraph paragraph => Paragraph(paragraph, listDepth),
        MdList list => List(list, listDepth),
        Table table => Table(table),
        MdQuote quote => Quote(quote, listDepth),
        ThematicBreakBlock => new RuleBlock(styles.Theme.TableRuleColor, styles.Theme.BodySize * 2) { SpaceBefore = 4, SpaceAfter = 4 },
        LeafBlock { Lines.Count: > 0 } leaf => Plain(leaf.Lines.ToString()),
        ContainerBlock container => new StackBlock(Blocks(container, listDepth)),
        _ => null,
    };

    private TitleBlock Title(MdHeading heading, MdParagraph? byline) =>
        new(
            Text(heading.Inline, styles.Title, StructureTag.Heading1),
            byline is null ? null : Text(byline.Inline, styles.Byline, StructureTag.Paragraph),
            styles.Theme.AccentColor,
            styles.Theme.ParagraphSpacing)
        {
            SpaceAfter = styles.Theme.SectionSpacing * 0.75,
        };

    private Block Heading(MdHeading heading)
    {
        var level = Math.Min(heading.Level, 3);
        var (format, before, rule) = level switch
        {
            1 => (styles.Title, styles.Theme.SectionSpacing * 1.5, (PdfSharp.Drawing.XColor?)styles.Theme.AccentColor),
            2 => (styles.Section, styles.Theme.SectionSpacing, styles.Theme.AccentColor),
            _ => (styles.Subsection, styles.Theme.SubsectionSpacing, null),
        };
        return new HeadingBlock(level, Text(heading.Inline, format, HeadingBlock.TagOf(level)), rule, 3)
        {
            SpaceBefore = before,
            SpaceAfter = level == 3 ? styles.Theme.ParagraphSpacing / 2 : styles.Theme.ParagraphSpacing * 1.25,
        };
    }

    private ParagraphBlock Paragraph(MdParagraph paragraph, int listDepth)
    {
        // List items stay ragged-right: justifying short lines beside bullets opens wide gaps.
        var format = listDepth > 0 ? styles.Body with { Align = Theme.TextAlignment.Left } : styles.Body;
        // A paragraph that is nothing but bold text is a lead-in to what follows ("Voorbeelden van taken").
        var leadIn = paragraph.Inline?.Count() == 1 && paragraph.Inline.FirstChild is EmphasisInline { DelimiterCount: 2 };
        return new ParagraphBlock(InlineCollector.Collect(paragraph.Inline, format.Style, styles.Theme.AccentColor), format, StructureTag.Paragraph, measurer)
        {
            SpaceBefore = leadIn ? styles.Theme.ParagraphSpacing * 1.5 : 0,
            SpaceAfter = leadIn ? styles.Theme.ListItemSpacing : styles.Theme.ParagraphSpacing,
            StaysWithNext = leadIn,
        };
    }

    private ParagraphBlock Plain(string text) =>
        new([new InlineRun(text, styles.Body.Style)], styles.Body, StructureTag.Paragraph, measurer) { SpaceAfter = styles.Theme.ParagraphSpacing };

    private ListBlock List(MdList list, int depth)
    {
        var items = new List<Block>();
        var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
        foreach (var item in list.OfType<MdListItem>())
        {
            var label = list.IsOrdered ? $"{number++}{list.OrderedDelimiter}" : depth == 0 ? "•" : "–";
            var body = new StackBlock(Blocks(item, depth + 1), StructureTag.ListBody);
            items.Add(new ListItemBlock(
                new ParagraphBlock([new InlineRun(label, styles.Bullet.Style)], styles.Bullet, null, measurer),
                body,
                list.IsOrdered ? styles.ListIndent * 1.25 : styles.ListIndent)
            {
                SpaceAfter = styles.Theme.ListItemSpacing,
            });
        }

        return new ListBlock(items) { SpaceBefore = styles.Theme.ListItemSpacing, SpaceAfter = styles.Theme.ParagraphSpacing * 1.5 };
    }

    private TableBlock Table(Table table)
    {
        var columns = ColumnWidths(table.ColumnDefinitions.Count);
        var style = new TableStyle(columns, styles.Theme.TableHeaderBackground, styles.Theme.TableStripeBackground, styles.Theme.TableRuleColor, 6, 4.5);
        TableRowBlock? header = null;
        var rows = new List<TableRowBlock>();
        foreach (var row in table.OfType<TableRow>())
        {
            var cells = row.OfType<TableCell>().Take(columns.Count).Select((cell, i) =>
            {
                var format = row.IsHeader ? styles.HeaderCell : i == 0 && columns.Count > 1 ? styles.RowHeaderCell : styles.Cell;
                var content = cell.OfType<MdParagraph>().Select(p => (Block)Text(p.Inline, format, StructureTag.Paragraph)).ToList();

                // The first column names the row (the criterion), so it is the row's header cell.
                var tag = row.IsHeader ? StructureTag.TableHeaderCell : i == 0 && columns.Count > 1 ? StructureTag.TableRowHeaderCell : StructureTag.TableDataCell;
                return new StackBlock(content, tag);
            }).ToList();
            while (cells.Count < columns.Count)
            {
                cells.Add(new StackBlock([], row.IsHeader ? StructureTag.TableHeaderCell : StructureTag.TableDataCell));
            }

            if (row.IsHeader && header is null)
            {
                header = new TableRowBlock(cells, style, header: true, striped: false);
            }
            else
            {
                rows.Add(new TableRowBlock(cells, style, header: false, striped: rows.Count % 2 == 1));
            }
        }

        header ??= new TableRowBlock([.. columns.Select(_ => new StackBlock([], StructureTag.TableHeaderCell))], style, header: true, striped: false);
        return new TableBlock(header, rows, style) { SpaceBefore = styles.Theme.ParagraphSpacing, SpaceAfter = styles.Theme.ParagraphSpacing * 2 };
    }

    private List<double> ColumnWidths(int count)
    {
        if (count <= 1)
        {
            return [1.0];
        }

        // The first column holds names (criteria); the others share the rest equally. With many
        // columns the first may not take more than one and a half times its equal share.
        var first = count == 2 ? styles.Theme.TableFirstColumn : Math.Min(styles.Theme.TableFirstColumn, 1.5 / count);
        return [first, .. Enumerable.Repeat((1 - first) / (count - 1), count - 1)];
    }

    private QuoteBlock Quote(MdQuote quote, int listDepth)
    {
        var children = quote.Select(node => node is MdParagraph p
                ? new ParagraphBlock(InlineCollector.Collect(p.Inline, styles.Notice.Style, styles.Theme.AccentColor), styles.Notice, StructureTag.Paragraph, measurer) { SpaceAfter = styles.Theme.ParagraphSpacing / 2 }
                : Convert(node, listDepth))
            .OfType<Block>()
            .ToList();
        return new QuoteBlock(new StackBlock(children), styles.Theme.NoticeBackground, styles.Theme.AccentColor, styles.Theme.BodySize * 0.8)
        {
            SpaceBefore = styles.Theme.ParagraphSpacing,
            SpaceAfter = styles.Theme.SectionSpacing * 0.5,
        };
    }

    private ParagraphBlock Text(ContainerInline? inlines, ParagraphFormat format, StructureTag tag) =>
        new(InlineCollector.Collect(inlines, format.Style, styles.Theme.AccentColor), format, tag, measurer);
}
