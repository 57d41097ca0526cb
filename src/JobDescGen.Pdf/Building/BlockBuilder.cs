using JobDescGen.Marking;
using JobDescGen.Pdf.Elements;
using ContainerInline = Markdig.Syntax.Inlines.ContainerInline;
using JobDescGen.Pdf.Layout;
using JobDescGen.Pdf.Tagging;
using JobDescGen.Pdf.Text;
using JobDescGen.Pdf.Theme;
using Markdig.Extensions.Tables;
using CodeBlock = Markdig.Syntax.CodeBlock;
using ContainerBlock = Markdig.Syntax.ContainerBlock;
using LeafBlock = Markdig.Syntax.LeafBlock;
using MarkdownDocument = Markdig.Syntax.MarkdownDocument;
using MdBlock = Markdig.Syntax.Block;
using MdHeading = Markdig.Syntax.HeadingBlock;
using MdList = Markdig.Syntax.ListBlock;
using MdListItem = Markdig.Syntax.ListItemBlock;
using MdParagraph = Markdig.Syntax.ParagraphBlock;
using MdQuote = Markdig.Syntax.QuoteBlock;
using ThematicBreakBlock = Markdig.Syntax.ThematicBreakBlock;

namespace JobDescGen.Pdf.Building;

/// <summary>
/// Turns the Markdown AST into layout blocks: every node the templates can produce has a block, so a
/// user's own template changes the PDF as it changes the Markdown.
/// </summary>
internal sealed class BlockBuilder(StyleSheet styles, ITextMeasurer measurer, string continuedLabel = "(vervolg)", DocumentLinks? links = null)
{
    private readonly DocumentLinks _links = links ?? DocumentLinks.None;

    private PdfTheme Theme => styles.Theme;

    /// <summary>The whole document as one stack, ready for paging.</summary>
    public StackBlock Build(MarkdownDocument document) => new(Blocks(document, new Scope(0, styles.Body)));

    private List<Block> Blocks(ContainerBlock container, Scope scope)
    {
        var blocks = new List<Block>();
        for (var i = 0; i < container.Count; i++)
        {
            var node = container[i];
            if (node is MdHeading title && node.Mark().Role == BlockRole.Title)
            {
                // The title and the line under it (the byline, when the template has one) form the title block.
                var byline = i + 1 < container.Count && container[i + 1].Mark().Role == BlockRole.Byline ? container[i + 1] as MdParagraph : null;
                blocks.Add(Title(title, byline));
                i += byline is null ? 0 : 1;
                continue;
            }

            var block = Convert(node, scope);
            if (block is not null)
            {
                blocks.Add(block);
            }
        }

        return blocks;
    }

    private Block? Convert(MdBlock node, Scope scope) => node switch
    {
        MdHeading heading => Heading(heading),
        MdParagraph paragraph when paragraph.Mark() is { RunInLead: true, Area: { } area } => RunInArea(paragraph, area, scope),
        MdParagraph paragraph => Paragraph(paragraph, scope),
        MdList list => List(list, scope),
        Table table => table.ColumnDefinitions.Count - 1 > MaxMatrixColumns ? RowBlocks(table) : Table(table),
        MdQuote quote => Quote(quote, scope),
        ThematicBreakBlock => new RuleBlock(Theme.BreakColor, Theme.BodySize * 2) { SpaceBefore = 4, SpaceAfter = 4 },
        CodeBlock code => Code(code, scope),
        LeafBlock { Lines.Count: > 0 } leaf => Plain(leaf.Lines.ToString(), scope),
        ContainerBlock container => new StackBlock(Blocks(container, scope)),
        _ => null,
    };

    private TitleBlock Title(MdHeading heading, MdParagraph? byline) =>
        new(
            Text(heading.Inline, styles.Title, StructureTag.Heading1),
            byline is null ? null : Text(byline.Inline, styles.Byline, StructureTag.Paragraph),
            Theme.AccentColor,
            Theme.ParagraphSpacing)
        {
            SpaceAfter = Theme.SectionSpacing * 0.75,
        };

    private HeadingBlock Heading(MdHeading heading)
    {
        var level = Math.Min(heading.Level, 3);
        var (format, before, rule) = level switch
        {
            1 => (styles.Title, Theme.SectionSpacing * 1.5, (PdfSharp.Drawing.XColor?)Theme.AccentColor),
            2 => (styles.Section, Theme.SectionSpacing, Theme.AccentColor),
            _ => (styles.Subsection, Theme.SubsectionSpacing, null),
        };
        var runs = Collect(heading.Inline, format.Style);
        return new HeadingBlock(level, new ParagraphBlock(runs, format, HeadingBlock.TagOf(level), measurer), rule, Theme.HeadingRuleGap, Theme.HeadingRuleWidth)
        {
            SpaceBefore = before,
            SpaceAfter = level == 3 ? Theme.ParagraphSpacing / 2 : Theme.ParagraphSpacing * 1.25,
        };
    }

    private ParagraphBlock Paragraph(MdParagraph paragraph, Scope scope)
    {
        // List items stay ragged-right: justifying short lines beside bullets opens wide gaps.
        var format = scope.ListDepth > 0 ? scope.Body with { Align = TextAlignment.Left } : scope.Body;

        // A lead-in introduces what follows ("Voorbeelden van taken") and stays with it.
        var leadIn = paragraph.Mark().Role == BlockRole.LeadIn;
        var after = scope.ListDepth > 0 ? Theme.ListItemSpacing : Theme.ParagraphSpacing;
        return new ParagraphBlock(Collect(paragraph.Inline, format.Style), format, StructureTag.Paragraph, measurer)
        {
            SpaceBefore = leadIn ? Theme.ParagraphSpacing * 1.5 : 0,
            SpaceAfter = leadIn ? Theme.ListItemSpacing : after,
            StaysWithNext = leadIn,
            IsCaption = leadIn,
        };
    }

    /// <summary>A result area as one paragraph opening with its title in bold: spaced like a subsection, and in the outline.</summary>
    private BookmarkedBlock RunInArea(MdParagraph paragraph, AreaMark area, Scope scope)
    {
        // The title takes the sub-heading's colour so the areas can be scanned down the page.
        var first = paragraph.Inline!.FirstChild!;
        var leadRuns = first is ContainerInline lead ? Collect(lead, scope.Body.Style).Count : 0;
        var runs = Collect(paragraph.Inline, scope.Body.Style)
            .Select((run, i) => i < leadRuns ? run with { Style = run.Style with { Color = styles.Subsection.Style.Color } } : run)
            .ToList();
        var text = new ParagraphBlock(runs, scope.Body, StructureTag.Paragraph, measurer) { SpaceAfter = Theme.ParagraphSpacing };
        return new BookmarkedBlock(3, PlainText.Of(first).Trim(), text) { SpaceBefore = Theme.SubsectionSpacing, SpaceAfter = text.SpaceAfter };
    }

    private ParagraphBlock Plain(string text, Scope scope) =>
        new([new InlineRun(text, scope.Body.Style)], scope.Body, StructureTag.Paragraph, measurer) { SpaceAfter = Theme.ParagraphSpacing };

    /// <summary>Code as written: its line breaks and indentation kept, flush left, in the muted colour.</summary>
    private ParagraphBlock Code(CodeBlock code, Scope scope)
    {
        var format = scope.Body with { Align = TextAlignment.Left, Style = scope.Body.Style with { Color = Theme.MutedColor } };
        var lines = code.Lines.Lines.Take(code.Lines.Count).Select(l => CodeLine(l.Slice.ToString()));
        return new ParagraphBlock([new InlineRun(string.Join("\n", lines), format.Style)], format, StructureTag.Paragraph, measurer)
        {
            SpaceAfter = Theme.ParagraphSpacing,
        };
    }

    /// <summary>Indentation in no-break spaces, which the line breaker neither collapses nor breaks at; an empty line kept as one.</summary>
    private static string CodeLine(string line)
    {
        var trimmed = line.TrimStart(' ', '\t');
        var indent = line.Length - trimmed.Length;
        return trimmed.Length == 0 ? "\u00A0" : new string('\u00A0', indent) + trimmed;
    }

    private ListBlock List(MdList list, Scope scope)
    {
        var items = new List<Block>();
        var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
        var bullet = styles.Bullet with { Style = styles.Bullet.Style with { Size = scope.Body.Style.Size } };
        foreach (var item in list.OfType<MdListItem>())
        {
            var label = list.IsOrdered ? $"{number++}{list.OrderedDelimiter}" : scope.ListDepth == 0 ? "•" : "–";
            var body = new StackBlock(Blocks(item, scope with { ListDepth = scope.ListDepth + 1 }), StructureTag.ListBody);
            Block block = new ListItemBlock(
                new ParagraphBlock([new InlineRun(label, bullet.Style)], bullet, null, measurer),
                body,
                list.IsOrdered ? Theme.ListIndent * 1.25 : Theme.ListIndent)
            {
                SpaceAfter = Theme.ListItemSpacing,
            };

            // A definition is where its reference marks link to.
            items.Add(item.Definition() is { } definition ? new AnchoredBlock(definition.Anchor, block) { SpaceAfter = block.SpaceAfter } : block);
        }

        // A nested list sits in its item like one more line of it: item spacing around it, not paragraph spacing.
        var after = scope.ListDepth > 0 ? Theme.ListItemSpacing : Theme.ParagraphSpacing * 1.5;
        return new ListBlock(items) { SpaceBefore = Theme.ListItemSpacing, SpaceAfter = after };
    }

    private TableBlock Table(Table table)
    {
        var columns = ColumnWidths(table.ColumnDefinitions.Count);
        var style = new TableStyle(columns, Theme.TableHeaderBackground, Theme.TableStripeBackground, Theme.TableRuleColor, Theme.TableRuleWidth, Theme.TablePaddingX, Theme.TablePaddingY, continuedLabel);
        TableRowBlock? header = null;
        var rows = new List<TableRowBlock>();
        foreach (var row in table.OfType<TableRow>())
        {
            var cells = row.OfType<TableCell>().Take(columns.Count).Select((cell, i) =>
            {
                var rowHeader = !row.IsHeader && i == 0 && columns.Count > 1;
                var format = row.IsHeader ? styles.HeaderCell : rowHeader ? styles.RowHeaderCell : styles.Cell;
                format = format with { Align = Alignment(table, i) };
                var content = cell.OfType<MdParagraph>()
                    .Select(p => (Block)new ParagraphBlock(Collect(p.Inline, format.Style), format, StructureTag.Paragraph, measurer))
                    .ToList();

                // The first column names the row (the criterion), so it is the row's header cell.
                var tag = row.IsHeader ? StructureTag.TableHeaderCell : rowHeader ? StructureTag.TableRowHeaderCell : StructureTag.TableDataCell;
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
        return new TableBlock(header, rows, style) { SpaceBefore = Theme.ParagraphSpacing, SpaceAfter = Theme.ParagraphSpacing * 2 };
    }

    // Beyond four data columns a portrait A4 column gets narrower than about 15 characters (the
    // overview of 8 levels set 5 to 10 letters a line), so such a table becomes one block per row.
    private const int MaxMatrixColumns = 4;

    /// <summary>A wide table as one block per row: the row's name as a small heading, then each column's header and cell.</summary>
    private StackBlock RowBlocks(Table table)
    {
        var rows = table.OfType<TableRow>().ToList();
        var headers = rows.FirstOrDefault(r => r.IsHeader)?.OfType<TableCell>().ToList() ?? [];
        var blocks = new List<Block>();
        foreach (var row in rows.Where(r => !r.IsHeader))
        {
            var cells = row.OfType<TableCell>().ToList();
            var name = cells.FirstOrDefault()?.OfType<MdParagraph>().FirstOrDefault();
            if (name is not null)
            {
                var heading = new ParagraphBlock(Collect(name.Inline, styles.Subsection.Style), styles.Subsection, StructureTag.Heading3, measurer)
                {
                    SpaceBefore = Theme.SubsectionSpacing,
                    SpaceAfter = Theme.ParagraphSpacing / 2,
                    StaysWithNext = true,
                };
                blocks.Add(heading);
            }

            for (var i = 1; i < cells.Count; i++)
            {
                var label = i < headers.Count ? headers[i].OfType<MdParagraph>().FirstOrDefault() : null;
                var runs = new List<InlineRun>();
                if (label is not null)
                {
                    runs.AddRange(Collect(label.Inline, styles.Body.Style with { Bold = true }));
                    runs.Add(new InlineRun(": ", styles.Body.Style with { Bold = true }));
                }

                foreach (var paragraph in cells[i].OfType<MdParagraph>())
                {
                    runs.AddRange(Collect(paragraph.Inline, styles.Body.Style));
                }

                blocks.Add(new ParagraphBlock(runs, styles.Body with { Align = TextAlignment.Left }, StructureTag.Paragraph, measurer) { SpaceAfter = Theme.ListItemSpacing });
            }
        }

        return new StackBlock(blocks) { SpaceBefore = Theme.ParagraphSpacing, SpaceAfter = Theme.ParagraphSpacing * 2 };
    }

    /// <summary>The alignment the Markdown asks of column <paramref name="index"/> (":-:", "--:"), left by default.</summary>
    private static TextAlignment Alignment(Table table, int index) =>
        index < table.ColumnDefinitions.Count
            ? table.ColumnDefinitions[index].Alignment switch
            {
                TableColumnAlign.Center => TextAlignment.Center,
                TableColumnAlign.Right => TextAlignment.Right,
                _ => TextAlignment.Left,
            }
            : TextAlignment.Left;

    private List<double> ColumnWidths(int count)
    {
        if (count <= 1)
        {
            return [1.0];
        }

        // The first column holds names (criteria); the others share the rest equally. With many
        // columns the first may not take more than one and a half times its equal share.
        var first = count == 2 ? Theme.TableFirstColumn : Math.Min(Theme.TableFirstColumn, 1.5 / count);
        return [first, .. Enumerable.Repeat((1 - first) / (count - 1), count - 1)];
    }

    private QuoteBlock Quote(MdQuote quote, Scope scope)
    {
        // Everything inside the notice, lists too, takes the notice's type.
        var inner = scope with { Body = styles.Notice };
        var children = quote.Select(node => node is MdParagraph p
                ? new ParagraphBlock(Collect(p.Inline, styles.Notice.Style), inner.ListDepth > 0 ? styles.Notice with { Align = TextAlignment.Left } : styles.Notice, StructureTag.Paragraph, measurer) { SpaceAfter = Theme.ParagraphSpacing / 2 }
                : Convert(node, inner))
            .OfType<Block>()
            .ToList();
        return new QuoteBlock(new StackBlock(children), Theme.NoticeBackground, Theme.AccentColor, Theme.NoticePadding, Theme.NoticeBarWidth)
        {
            SpaceBefore = Theme.ParagraphSpacing,
            SpaceAfter = Theme.SectionSpacing * 0.5,
            IsNotice = true,
        };
    }

    private ParagraphBlock Text(ContainerInline? inlines, ParagraphFormat format, StructureTag tag) =>
        new(Collect(inlines, format.Style), format, tag, measurer);

    /// <summary>Where a block sits: how deep in lists, and the format its paragraphs take (body, or the notice's).</summary>
    private readonly record struct Scope(int ListDepth, ParagraphFormat Body);

    private List<InlineRun> Collect(ContainerInline? inlines, TextStyle style) => InlineCollector.Collect(inlines, style, Theme.AccentColor, _links);
}
