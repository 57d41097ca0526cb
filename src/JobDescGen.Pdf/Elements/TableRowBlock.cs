using JobDescGen.Pdf.Layout;
using JobDescGen.Pdf.Rendering;
using JobDescGen.Pdf.Tagging;
using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Elements;

/// <summary>
/// One table row: cells side by side, as tall as the tallest. A row taller than the room left splits
/// inside its cells; the parts stay one row (TR) in the structure tree, and on the continuation page
/// the row's header cell is repeated for the eye only ("Supervisie (vervolg)").
/// </summary>
internal sealed class TableRowBlock(IReadOnlyList<StackBlock> cells, TableStyle style, bool header, bool striped) : Block
{
    private double _measuredWidth = double.NaN;
    private double _measuredHeight;

    public IReadOnlyList<StackBlock> Cells { get; } = cells;

    public bool IsHeader { get; } = header;

    public TagSpan Span { get; init; } = TagSpan.Whole;

    public override double Measure(double width)
    {
        // Rows are measured again and again while a table is paged; a row never changes.
        if (width == _measuredWidth)
        {
            return _measuredHeight;
        }

        var tallest = 0.0;
        for (var i = 0; i < Cells.Count; i++)
        {
            tallest = Math.Max(tallest, Cells[i].Measure(CellWidth(width, i)));
        }

        (_measuredWidth, _measuredHeight) = (width, tallest + (2 * style.PaddingY));
        return _measuredHeight;
    }

    public override SplitResult Split(SplitRequest request)
    {
        var room = request.Available - (2 * style.PaddingY);
        if (room <= 0)
        {
            return SplitResult.Nothing(this);
        }

        var heads = new List<StackBlock>();
        var tails = new List<StackBlock>();
        for (var i = 0; i < Cells.Count; i++)
        {
            var cellWidth = CellWidth(request.Width, i);
            var cell = Cells[i];
            if (cell.Measure(cellWidth) <= room)
            {
                heads.Add(cell);
                tails.Add(new StackBlock([], cell.Tag) { Span = cell.Span.Tail });
                continue;
            }

            // Force only on an empty page: elsewhere a cell keeps its widow and orphan rules, and
            // a cell that cannot start here moves the whole row on rather than overflow the page.
            var split = cell.Split(request with { Width = cellWidth, Available = room });
            if (split.Head is null)
            {
                return SplitResult.Nothing(this);
            }

            heads.Add((StackBlock)split.Head);
            tails.Add(split.Tail as StackBlock ?? new StackBlock([], cell.Tag) { Span = cell.Span.Tail });
        }

        // The structure builder nests, so only the last cell can stay open across the page break.
        // When an earlier cell continues too, each part's cells become whole cells of their own.
        var onlyLastContinues = tails.Take(tails.Count - 1).All(t => t.Children.Count == 0);
        if (!onlyLastContinues)
        {
            heads = [.. heads.Select(h => (StackBlock)h.WithWholeTags())];
            tails = [.. tails.Select(t => (StackBlock)t.WithWholeTags())];
        }

        if (!IsHeader && heads.Count > 1 && tails[0].Children.Count == 0)
        {
            // The row's name ended on this page: repeat it on the next, and travel on with the
            // repeat when a row spans three pages or more. A name that itself continues is not replaced.
            tails[0] = Cells[0].Tag == StructureTag.TableRowHeaderCell ? Continued(Cells[0])
                : Cells[0].Children is [ArtifactBlock] ? Cells[0]
                : tails[0];
        }

        return new SplitResult(
            new TableRowBlock(heads, style, IsHeader, striped) { Span = Span.Head },
            new TableRowBlock(tails, style, IsHeader, striped) { Span = Span.Tail });
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

        TagScope.Open(context, StructureTag.TableRow, Span);
        var cellX = x;
        for (var i = 0; i < Cells.Count; i++)
        {
            // A continuation part leaves out the cells that ended on the page before: no empty TD/TH.
            if (Span.Opens || Cells[i].Children.Count > 0)
            {
                Cells[i].Draw(context, cellX + style.PaddingX, y + style.PaddingY, CellWidth(width, i));
            }

            cellX += style.Columns[i] * width;
        }

        TagScope.Close(context, StructureTag.TableRow, Span);
        context.Line(x, y + height, x + width, y + height, style.Rule, IsHeader ? 0 : style.RuleThickness);
    }

    public override Block WithWholeTags() => this;

    /// <summary>The content width of cell <paramref name="index"/>: its column minus the padding.</summary>
    public double CellWidth(double width, int index) => (style.Columns[index] * width) - (2 * style.PaddingX);

    /// <summary>The row's header cell repeated on the next page with a "(continued)" mark, as an artifact.</summary>
    private StackBlock Continued(StackBlock rowHeader)
    {
        var repeat = rowHeader.Children.OfType<ParagraphBlock>().Select(p => (Block)new ArtifactBlock(p.Continued(style.ContinuedLabel))).ToList();
        return new StackBlock(repeat);
    }
}
