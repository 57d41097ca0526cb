using JobDescGen.Terminal.Theming;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Components;

/// <summary>
/// A table that fits the width it is given: a bordered table when each text column (all but the
/// first, which names the row) still gets a readable width, otherwise a stacked list (row name, then each cell indented under it) so that a
/// 40-column terminal never shows a table squeezed into one word per line. The choice is made at
/// render time, so the same table adapts inside a half-width compare column.
/// </summary>
/// <param name="headers">The header texts, one per column.</param>
/// <param name="rows">The rows.</param>
/// <param name="theme">Header and border styles.</param>
internal sealed class AdaptiveTable(IReadOnlyList<string> headers, IReadOnlyList<AdaptiveTableRow> rows, PreviewTheme theme) : IRenderable
{
    /// <summary>Below this many cells a text column reads as a word list.</summary>
    public const int MinimumTextColumnWidth = 30;

    /// <inheritdoc />
    public Measurement Measure(RenderOptions options, int maxWidth) => new(Math.Min(maxWidth, MinimumTextColumnWidth), maxWidth);

    /// <inheritdoc />
    public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) =>
        ((IRenderable)(FitsAsTable(options, maxWidth) ? AsTable(options, maxWidth) : AsStack())).Render(options, maxWidth);

    // True when the bordered layout fits maxWidth.
    private bool FitsAsTable(RenderOptions options, int maxWidth) =>
        NameWidth(options, maxWidth) + Borders + (MinimumTextColumnWidth * TextColumns) <= maxWidth;

    // Each column has a border and a space either side: "│ a │ b │".
    private int Borders => (3 * headers.Count) + 1;

    private int TextColumns => Math.Max(1, headers.Count - 1);

    // The first column names the row and stays on one line; every other column is running text.
    private int NameWidth(RenderOptions options, int maxWidth) => rows
        .Where(r => r.Cells.Count > 0)
        .Select(r => r.Cells[0].Measure(options, maxWidth).Max)
        .Append(new Segment(headers.Count > 0 ? headers[0] : "").CellCount())
        .Max();

    private Table AsTable(RenderOptions options, int maxWidth)
    {
        var nameWidth = NameWidth(options, maxWidth);
        // Text columns share the rest equally, so compared levels wrap alike and read side by side.
        var textWidth = (maxWidth - nameWidth - Borders) / TextColumns;
        var table = new Table { Border = TableBorder.Rounded, BorderStyle = theme.TableBorder, ShowRowSeparators = true };
        for (var column = 0; column < headers.Count; column++)
        {
            // Names stay on one line so rows are easy to scan; the text columns wrap.
            table.AddColumn(new TableColumn(new WrappedText(headers[column], theme.TableHeader))
            {
                NoWrap = column == 0,
                Width = column == 0 ? nameWidth : textWidth,
            });
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
