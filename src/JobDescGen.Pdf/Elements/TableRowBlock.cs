using JobDescGen.Pdf.Layout;
using JobDescGen.Pdf.Rendering;
using JobDescGen.Pdf.Tagging;
using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Elements;

/// <summary>
/// One table row: cells side by side, as tall as the tallest. A row taller than a page splits inside
/// its cells; both halves are then rows of their own in the structure tree.
/// </summary>
internal sealed class TableRowBlock(IReadOnlyList<StackBlock> cells, TableStyle style, bool header, bool striped) : Block
{
    public IReadOnlyList<StackBlock> Cells { get; } = cells;

    public bool IsHeader { get; } = header;

    public override double Measure(double width)
    {
        var tallest = 0.0;
        for (var i = 0; i < Cells.Count; i++)
        {
            tallest = Math.Max(tallest, Cells[i].Measure(CellWidth(width, i)));
        }

        return tallest + (2 * style.PaddingY);
    }

    public override SplitResult Split(SplitRequest request)
    {
        var room = request.Available - (2 * style.PaddingY);
        var heads = new List<StackBlock>();
        var tails = new List<StackBlock>();
        for (var i = 0; i < Cells.Count; i++)
        {
            var cellWidth = CellWidth(request.Width, i);
            var cell = Cells[i];
            if (cell.Measure(cellWidth) <= room)
            {
                heads.Add(cell);
                tails.Add(new StackBlock([], cell.Tag));
                continue;
            }

            // Inside a cell there is no keeping: the row is taller than a page, so cut where the page ends.
            var split = room > 0 ? cell.Split(request with { Width = cellWidth, Available = room, Force = true }) : SplitResult.Nothing(cell);
            if (split.Head is null)
            {
                return SplitResult.Nothing(this);
            }

            heads.Add((StackBlock)split.Head.WithWholeTags());
            tails.Add(split.Tail is null ? new StackBlock([], cell.Tag) : (StackBlock)split.Tail.WithWholeTags());
        }

        return new SplitResult(
            new TableRowBlock(heads, style, IsHeader, striped),
            new TableRowBlock(tails, style, IsHeader, striped));
    }

    public override void Draw(IDrawContext context, double x, double y, double width)
    {
        var height = Measure(width);
        if (IsHeader)
        {
            context.Fill(new XRect(x, y, width, height), style.HeaderBackground);
        }
        else if (striped)
        {
            context.Fill(new XRect(x, y, width, height), style.StripeBackground);
        }

        context.BeginTag(StructureTag.TableRow);
        var cellX = x;
        for (var i = 0; i < Cells.Count; i++)
        {
            var cellWidth = CellWidth(width, i);
            Cells[i].Draw(context, cellX + style.PaddingX, y + style.PaddingY, cellWidth);
            cellX += style.Columns[i] * width;
        }

        context.EndTag();
        context.Line(x, y + height, x + width, y + height, style.Rule, IsHeader ? 0 : 0.5);
    }

    public override Block WithWholeTags() => this;

    /// <summary>The content width of cell <paramref name="index"/>: its column minus the padding.</summary>
    public double CellWidth(double width, int index) => (style.Columns[index] * width) - (2 * style.PaddingX);
}
