using JobDescGen.Terminal.Components;
using JobDescGen.Terminal.Rendering.Inlines;
using MarkdigTableCell = Markdig.Extensions.Tables.TableCell;
using Markdig.Syntax;
using Spectre.Console;
using Spectre.Console.Rendering;
using MarkdigTable = Markdig.Extensions.Tables.Table;
using MarkdigTableRow = Markdig.Extensions.Tables.TableRow;

namespace JobDescGen.Terminal.Rendering.Blocks;

/// <summary>
/// A pipe table (the criteria): an <see cref="AdaptiveTable"/>, with the rows named in
/// <see cref="RenderHints.HighlightedRows"/> marked and coloured, and a note saying what the mark means.
/// </summary>
internal sealed class TableRenderer : BlockRenderer<MarkdigTable>
{
    protected override IRenderable Render(MarkdigTable block, RenderContext context)
    {
        var rows = block.OfType<MarkdigTableRow>().ToList();
        var header = rows.FirstOrDefault(row => row.IsHeader);
        var width = rows.Select(row => row.Count).DefaultIfEmpty(0).Max();
        var headers = Enumerable.Range(0, width)
            .Select(i => header is not null && i < header.Count ? CellText(header[i]) : "")
            .ToList();

        var highlighted = false;
        var body = new List<AdaptiveTableRow>();
        foreach (var row in rows.Where(row => !row.IsHeader))
        {
            var differs = row.Count > 0 && context.Hints.HighlightedRows.Contains(CellText(row[0]).Trim());
            highlighted |= differs;
            body.Add(new AdaptiveTableRow([.. row.OfType<MarkdigTableCell>().Select((cell, i) => Cell(cell, i, differs, context))]));
        }

        var table = new AdaptiveTable(headers, body, context.Theme);
        if (!highlighted || context.Hints.HighlightNote is null)
        {
            return table;
        }

        var note = new WrappedText(Symbols.Differs(null) + context.Hints.HighlightNote, context.Theme.Differs);
        return new Rows(table, Spacer.Line, note);
    }

    private static string CellText(Block cell) =>
        string.Concat(((ContainerBlock)cell).OfType<ParagraphBlock>().Select(p => InlineText.Plain(p.Inline)));

    private static WrappedText Cell(MarkdigTableCell cell, int column, bool differs, RenderContext context)
    {
        var theme = context.Theme;
        var style = column == 0 ? theme.RowName : Style.Plain;
        if (differs)
        {
            style = style.Combine(column == 0 ? theme.Differs : theme.DiffersText);
        }

        var runs = new List<StyledRun>();
        if (differs && column == 0)
        {
            runs.Add(new StyledRun(Symbols.Differs(null), theme.Differs));
        }

        foreach (var paragraph in cell.OfType<ParagraphBlock>())
        {
            if (runs.Count > (differs && column == 0 ? 1 : 0))
            {
                runs.Add(new StyledRun("\n", style));
            }

            runs.AddRange(InlineText.Runs(paragraph.Inline, context.TextStyle.Combine(style), theme));
        }

        return new WrappedText(runs);
    }
}
