using System.Globalization;
using JobDescGen.Docx.Styles;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace JobDescGen.Docx.Building;

/// <summary>
/// A Markdown table (the criteria table) as a Word table across the text width: the header row
/// repeats on every page (<c>w:tblHeader</c>), no row splits across pages (<c>w:cantSplit</c>),
/// the first column names the row, data rows are striped, as in the PDF.
/// </summary>
internal sealed class TableConverter(InlineConverter inlines, int contentWidth)
{
    private const string HeaderFill = "1B3A5C";
    private const string StripeFill = "F5F7FA";
    private const string RuleColor = "B8C4D2";
    private const double FirstColumn = 0.28;

    public W.Table Convert(Table table)
    {
        var columns = Widths(Math.Max(1, table.ColumnDefinitions.Count));
        var result = new W.Table(Properties(), Grid(columns));
        var dataRows = 0;
        foreach (var row in table.OfType<TableRow>())
        {
            var striped = !row.IsHeader && dataRows++ % 2 == 1;
            result.AppendChild(Row(table, row, columns, striped));
        }

        return result;
    }

    private static W.TableProperties Properties()
    {
        var rule = new Func<W.BorderType>(() => new W.BottomBorder { Val = W.BorderValues.Single, Size = 4, Color = RuleColor });
        return new W.TableProperties(
            new W.TableWidth { Width = "5000", Type = W.TableWidthUnitValues.Pct },
            new W.TableBorders(
                new W.TopBorder { Val = W.BorderValues.Single, Size = 4, Color = RuleColor },
                rule(),
                new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4, Color = RuleColor }),
            new W.TableLayout { Type = W.TableLayoutValues.Fixed },
            new W.TableCellMarginDefault(
                new W.TopMargin { Width = "90", Type = W.TableWidthUnitValues.Dxa },
                new W.TableCellLeftMargin { Width = 120, Type = W.TableWidthValues.Dxa },
                new W.BottomMargin { Width = "90", Type = W.TableWidthUnitValues.Dxa },
                new W.TableCellRightMargin { Width = 120, Type = W.TableWidthValues.Dxa }),
            new W.TableLook { Val = "04A0", FirstRow = true, FirstColumn = true, NoVerticalBand = true });
    }

    private static W.TableGrid Grid(List<int> columns) =>
        new(columns.Select(width => new W.GridColumn { Width = width.ToString(CultureInfo.InvariantCulture) }));

    private W.TableRow Row(Table table, TableRow row, List<int> columns, bool striped)
    {
        var properties = new W.TableRowProperties(new W.CantSplit());
        if (row.IsHeader)
        {
            properties.AppendChild(new W.TableHeader());
        }

        var result = new W.TableRow(properties);
        var cells = row.OfType<TableCell>().Take(columns.Count).ToList();
        for (var i = 0; i < columns.Count; i++)
        {
            var style = row.IsHeader ? StyleIds.TableHeading : i == 0 && columns.Count > 1 ? StyleIds.TableRowHeading : StyleIds.TableText;
            var fill = row.IsHeader ? HeaderFill : striped ? StripeFill : null;
            result.AppendChild(Cell(i < cells.Count ? cells[i] : null, columns[i], style, Alignment(table, i), fill));
        }

        return result;
    }

    private W.TableCell Cell(TableCell? cell, int width, string style, W.JustificationValues? alignment, string? fill)
    {
        var properties = new W.TableCellProperties(new W.TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa });
        if (fill is not null)
        {
            properties.AppendChild(new W.Shading { Val = W.ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        }

        var result = new W.TableCell(properties);
        foreach (var paragraph in cell?.OfType<ParagraphBlock>() ?? [])
        {
            var paragraphProperties = new W.ParagraphProperties(new W.ParagraphStyleId { Val = style });
            if (alignment is { } align)
            {
                paragraphProperties.Justification = new W.Justification { Val = align };
            }

            var converted = new W.Paragraph(paragraphProperties);
            converted.Append(inlines.Convert(paragraph.Inline));
            result.AppendChild(converted);
        }

        // Word requires a paragraph in every cell.
        if (!result.Elements<W.Paragraph>().Any())
        {
            result.AppendChild(new W.Paragraph(new W.ParagraphProperties(new W.ParagraphStyleId { Val = style })));
        }

        return result;
    }

    /// <summary>The alignment the Markdown asks of a column (":-:", "--:"); null keeps the style's.</summary>
    private static W.JustificationValues? Alignment(Table table, int index) =>
        index < table.ColumnDefinitions.Count
            ? table.ColumnDefinitions[index].Alignment switch
            {
                TableColumnAlign.Center => W.JustificationValues.Center,
                TableColumnAlign.Right => W.JustificationValues.Right,
                _ => null,
            }
            : null;

    // The first column holds names (criteria); the others share the rest equally. With many columns
    // the first may not take more than one and a half times its equal share (as in the PDF).
    private List<int> Widths(int count)
    {
        if (count == 1)
        {
            return [contentWidth];
        }

        var first = (int)(contentWidth * (count == 2 ? FirstColumn : Math.Min(FirstColumn, 1.5 / count)));
        var rest = (contentWidth - first) / (count - 1);
        return [first, .. Enumerable.Repeat(rest, count - 1)];
    }
}
