using JobDescGen.Terminal.Theming;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Components;

/// <summary>
/// A table that fits the width it is given: a bordered table when the last column still gets a
/// readable width, otherwise a stacked list (row name, then each cell indented under it) so that a
/// 40-column terminal never shows a table squeezed into one word per line. The choice is made at
/// render time, so the same table adapts inside a half-width compare column.
/// </summary>
/// <param name="headers">The header texts, one per column.</param>
/// <param name="rows">The rows.</param>
/// <param name="theme">Header and border styles.</param>
public sealed class AdaptiveTable(IReadOnlyList<string> headers, IReadOnlyList<AdaptiveTableRow> rows, PreviewTheme theme) : IRenderable
{
    /// <summary>Below this many cells the last column (the running text) reads as a word list.</summary>
    public const int MinimumTextColumnWidth = 30;

    /// <inheritdoc />
    public Measurement Measure(RenderOptions options, int maxWidth) => new(Math.Min(maxWidth, MinimumTextColumnWidth), maxWidth);

    /// <inheritdoc />
    public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) =>
        ((IRenderable)(FitsAsTable(options, maxWidth) ? AsTable() : AsStack())).Render(options, maxWidth);

    /// <summary>True when the bordered layout fits <paramref name="maxWidth"/>.</summary>
    public bool FitsAsTable(RenderOptions options, int maxWidth)
    {
        var columns = headers.Count;
        var fixedWidth = 0;
        for (var column = 0; column < columns - 1; column++)
        {
            var widest = new Segment(headers[column]).CellCount();
            foreach (var row in rows.Where(r => column < r.Cells.Count))
            {
                widest = Math.Max(widest, row.Cells[column].Measure(options, maxWidth).Max);
            }

            fixedWidth += widest;
        }

        // Each column has a border and a space either side: "│ a │ b │".
        var borders = (3 * columns) + 1;
        return fixedWidth + borders + MinimumTextColumnWidth <= maxWidth;
    }

    private Table AsTable()
    {
        var table = new Table { Border = TableBorder.Rounded, BorderStyle = theme.TableBorder, Expand = true, ShowRowSeparators = true };
        for (var column = 0; column < headers.Count; column++)
        {
            // Only the last column wraps: names stay on one line so rows are easy to scan.
            table.AddColumn(new TableColumn(new WrappedText(headers[column], theme.TableHeader)) { NoWrap = column < headers.Count - 1 });
        }

        foreach (var row in rows)
        {
            table.AddRow([.. Enumerable.Range(0, headers.Count).Select(i => i < row.Cells.Count ? (IRenderable)row.Cells[i] : new WrappedText("", Style.Plain))]);
        }

        return table;
    }

    private Rows AsStack()
    {
        var items = new List<IRenderable> { new Underline(new WrappedText(string.Join(" · ", headers), theme.TableHeader), theme.TableBorder) };
        foreach (var row in rows)
        {
            items.Add(Spacer.Line);
            items.Add(row.Cells[0]);
            for (var column = 1; column < row.Cells.Count; column++)
            {
                // With more than two columns each cell needs its header to be understood on its own.
                IRenderable cell = headers.Count > 2 && column < headers.Count
                    ? new Rows(new WrappedText(headers[column], theme.TableHeader), row.Cells[column])
                    : row.Cells[column];
                items.Add(new HangingIndent(cell, "  ", "  ", Style.Plain));
            }
        }

        return new Rows(items);
    }
}
