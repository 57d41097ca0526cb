using JobDescGen.Terminal.Rendering.Inlines;
using Markdig.Syntax;
using MarkdigTable = Markdig.Extensions.Tables.Table;
using MarkdigTableCell = Markdig.Extensions.Tables.TableCell;
using MarkdigTableRow = Markdig.Extensions.Tables.TableRow;

namespace JobDescGen.Terminal.Rendering.Blocks;

/// <summary>A Markdig pipe table read into header texts and named body rows.</summary>
/// <param name="Headers">The header texts, one per column (empty where the table has none).</param>
/// <param name="Rows">The body rows: the plain text of the first cell, and the cells.</param>
internal sealed record PipeTable(IReadOnlyList<string> Headers, IReadOnlyList<(string Name, IReadOnlyList<MarkdigTableCell> Cells)> Rows)
{
    /// <summary>Reads <paramref name="table"/>.</summary>
    public static PipeTable Read(MarkdigTable table)
    {
        var rows = table.OfType<MarkdigTableRow>().ToList();
        var header = rows.FirstOrDefault(row => row.IsHeader);
        var width = rows.Select(row => row.Count).DefaultIfEmpty(0).Max();
        var headers = Enumerable.Range(0, width)
            .Select(i => header is not null && i < header.Count ? CellText(header[i]) : "")
            .ToList();
        var body = rows
            .Where(row => !row.IsHeader)
            .Select(row => (Name: row.Count > 0 ? CellText(row[0]).Trim() : "", Cells: (IReadOnlyList<MarkdigTableCell>)[.. row.OfType<MarkdigTableCell>()]))
            .ToList();
        return new PipeTable(headers, body);
    }

    private static string CellText(Block cell) =>
        string.Concat(((ContainerBlock)cell).OfType<ParagraphBlock>().Select(p => InlineText.Plain(p.Inline)));
}
