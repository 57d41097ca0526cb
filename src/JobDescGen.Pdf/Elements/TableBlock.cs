using System.Globalization;
using JobDescGen.Pdf.Layout;
using JobDescGen.Pdf.Rendering;
using JobDescGen.Pdf.Tagging;

namespace JobDescGen.Pdf.Elements;

/// <summary>
/// A ruled table with a header row. Splits between rows and repeats the header on every page (the
/// repeat is page furniture for screen readers); a row taller than a page splits inside its cells,
/// starting in the room left on the page it begins on.
/// </summary>
internal sealed class TableBlock(TableRowBlock header, IReadOnlyList<TableRowBlock> rows, TableStyle style) : Block
{
    public TableRowBlock Header { get; } = header;

    public IReadOnlyList<TableRowBlock> Rows { get; } = rows;

    public TagSpan Span { get; init; } = TagSpan.Whole;

    public override double Measure(double width)
    {
        // The rows' sum first, then the header: the same additions as a LINQ sum, without its closure per call.
        var rows = 0.0;
        for (var i = 0; i < Rows.Count; i++)
        {
            rows += Rows[i].Measure(width);
        }

        return Header.Measure(width) + rows;
    }

    public override SplitResult Split(SplitRequest request)
    {
        var headerHeight = Header.Measure(request.Width);
        var room = request.Available - headerHeight;
        var count = 0;
        while (count < Rows.Count && Rows[count].Measure(request.Width) <= room)
        {
            room -= Rows[count].Measure(request.Width);
            count++;
        }

        // The next row is cut where the page ends when it would not fit on an empty page either
        // (moving it on would only leave this page's rest empty), or when this page is empty.
        SplitResult cut = default;
        if (count < Rows.Count && room > 0)
        {
            var next = Rows[count];
            var forced = request.Force && count == 0;
            if (forced || next.Measure(request.Width) > request.PageHeight - headerHeight)
            {
                cut = next.Split(request with { Available = room, Force = forced });
            }
        }

        if (count == 0 && cut.Head is null)
        {
            return request.Force ? Whole(request) : SplitResult.Nothing(this);
        }

        if (count == Rows.Count)
        {
            return new SplitResult(this, null);
        }

        List<TableRowBlock> head = [.. Rows.Take(count)];
        List<TableRowBlock> tail = [.. Rows.Skip(count)];
        if (cut.Head is TableRowBlock headPart && cut.Tail is TableRowBlock tailPart)
        {
            head.Add(headPart);
            tail[0] = tailPart;
        }

        return new SplitResult(Part(head, Span.Head, SpaceBefore, 0), Part(tail, Span.Tail, 0, SpaceAfter));
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
            context.BeginArtifact(ArtifactKind.Pagination);
            Header.Draw(context, x, y, width);
            context.EndArtifact();
        }

        var top = y + Header.Measure(width);
        foreach (var row in Rows)
        {
            row.Draw(context, x, top, width);
            top += row.Measure(width);
        }

        TagScope.Close(context, StructureTag.Table, Span);
    }

    public override Block WithWholeTags() => this;

    /// <summary>
    /// The whole table on an empty page where no row can start: it must fit. The header repeats on
    /// every page, so one that leaves no room for a row would run the table off every page.
    /// </summary>
    private SplitResult Whole(SplitRequest request)
    {
        var height = Measure(request.Width);
        if (height > request.Available + 0.001)
        {
            var header = string.Join(" | ", Header.Cells.SelectMany(c => c.Children.OfType<ParagraphBlock>()).Select(p => p.PlainText));
            throw new PageOverflowException(
                string.Create(CultureInfo.InvariantCulture, $"the table with the header row \"{TextExcerpt.Of(header)}\" cannot start on any page: its header row is {Header.Measure(request.Width):0} pt tall and leaves no room for a row in the {request.Available:0} pt an empty page has for it"),
                "shorten the table's column headers (level names, labels): the header row repeats on every page of the table and never splits");
        }

        return new SplitResult(this, null);
    }

    private TableBlock Part(IReadOnlyList<TableRowBlock> rows, TagSpan span, double spaceBefore, double spaceAfter) =>
        new(Header, rows, style) { Span = span, SpaceBefore = spaceBefore, SpaceAfter = spaceAfter };
}
