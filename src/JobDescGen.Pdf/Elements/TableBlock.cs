using JobDescGen.Pdf.Layout;
using JobDescGen.Pdf.Rendering;
using JobDescGen.Pdf.Tagging;
using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Elements;

/// <summary>
/// A ruled table with a header row. Splits between rows and repeats the header on every page (the
/// repeat is page furniture for screen readers); a row too tall for a page splits inside its cells.
/// </summary>
internal sealed class TableBlock(TableRowBlock header, IReadOnlyList<TableRowBlock> rows, TableStyle style) : Block
{
    public TableRowBlock Header { get; } = header;

    public IReadOnlyList<TableRowBlock> Rows { get; } = rows;

    public TagSpan Span { get; init; } = TagSpan.Whole;

    public override double Measure(double width) => Header.Measure(width) + Rows.Sum(r => r.Measure(width));

    public override SplitResult Split(SplitRequest request)
    {
        var room = request.Available - Header.Measure(request.Width);
        var count = 0;
        while (count < Rows.Count && Rows[count].Measure(request.Width) <= room)
        {
            room -= Rows[count].Measure(request.Width);
            count++;
        }

        if (count > 0)
        {
            return new SplitResult(Part([.. Rows.Take(count)], Span.Head, SpaceBefore, 0), Part([.. Rows.Skip(count)], Span.Tail, 0, SpaceAfter));
        }

        // Not even one row fits: move on, unless that row would not fit on an empty page either.
        var first = Rows.Count > 0 ? Rows[0] : null;
        var fullRoom = request.PageHeight - Header.Measure(request.Width);
        if (first is null || (!request.Force && first.Measure(request.Width) <= fullRoom))
        {
            return request.Force ? new SplitResult(this, null) : SplitResult.Nothing(this);
        }

        var split = first.Split(request with { Available = room });
        if (split.Head is null)
        {
            return request.Force ? new SplitResult(this, null) : SplitResult.Nothing(this);
        }

        return new SplitResult(
            Part([(TableRowBlock)split.Head], Span.Head, SpaceBefore, 0),
            Part([(TableRowBlock)split.Tail!, .. Rows.Skip(1)], Span.Tail, 0, SpaceAfter));
    }

    public override void Draw(IDrawContext context, double x, double y, double width)
    {
        if (Span.Opens)
        {
            context.BeginTag(StructureTag.Table);
            Header.Draw(context, x, y, width);
        }
        else
        {
            // The header repeated on a continuation page is for the eye only.
            context.BeginArtifact();
            Header.Draw(context, x, y, width);
            context.EndArtifact();
        }

        var top = y + Header.Measure(width);
        foreach (var row in Rows)
        {
            row.Draw(context, x, top, width);
            top += row.Measure(width);
        }

        if (Span.Closes)
        {
            context.EndTag();
        }
    }

    public override Block WithWholeTags() => this;

    private TableBlock Part(IReadOnlyList<TableRowBlock> rows, TagSpan span, double spaceBefore, double spaceAfter) =>
        new(Header, rows, style) { Span = span, SpaceBefore = spaceBefore, SpaceAfter = spaceAfter };
}
