using JobDescGen.Html.Body;
using JobDescGen.Marking;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace JobDescGen.Html.Renderers;

/// <summary>
/// Tables with their header cells said to be headers: the header row's cells are column headers
/// (<c>scope="col"</c>); in the criteria table each criterion's name heads its row
/// (<c>scope="row"</c>) and a caption names the table and the level.
/// </summary>
internal sealed class CriteriaTableRenderer(BodyContext context) : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        var criteria = table.Mark().Role == BlockRole.CriteriaTable;
        renderer.EnsureLine();

        // A matrix of levels (an overview) is wider than a phone: it scrolls inside its own
        // focusable, named region, so the page itself never scrolls sideways (WCAG 1.4.10's table exception).
        var matrix = criteria && table.ColumnDefinitions.Count > 2;
        if (matrix)
        {
            renderer.Write("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"").WriteEscape(context.CriteriaCaption).WriteLine("\">");
        }

        renderer.WriteLine(criteria ? "<table class=\"criteria\">" : "<table>");
        if (criteria)
        {
            renderer.Write("<caption>").WriteEscape(context.CriteriaCaption).WriteLine("</caption>");
        }

        var rows = table.OfType<TableRow>().ToList();
        var header = rows.TakeWhile(r => r.IsHeader).ToList();
        if (header.Count > 0)
        {
            renderer.WriteLine("<thead>");
            header.ForEach(row => WriteRow(renderer, table, row));
            renderer.WriteLine("</thead>");
        }

        if (rows.Count > header.Count)
        {
            renderer.WriteLine("<tbody>");
            rows.Skip(header.Count).ToList().ForEach(row => WriteRow(renderer, table, row));
            renderer.WriteLine("</tbody>");
        }

        renderer.WriteLine("</table>");
        if (matrix)
        {
            renderer.WriteLine("</div>");
        }
    }

    private static void WriteRow(HtmlRenderer renderer, Table table, TableRow row)
    {
        var criterion = row.Criterion();
        renderer.WriteLine(criterion is null ? "<tr>" : $"<tr data-criterion=\"{HtmlEscaper.Escape(criterion.Id)}\">");
        var cells = row.OfType<TableCell>().ToList();
        for (var i = 0; i < cells.Count; i++)
        {
            var (tag, scope) = row.IsHeader ? ("th", " scope=\"col\"")
                : i == 0 && criterion is not null ? ("th", " scope=\"row\"")
                : ("td", string.Empty);
            renderer.Write('<').Write(tag).Write(scope).Write(AlignClass(table, cells[i], i));
            if (cells[i].ColumnSpan > 1)
            {
                renderer.Write(" colspan=\"").Write(cells[i].ColumnSpan.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write('"');
            }

            renderer.Write('>');
            var implicitParagraph = renderer.ImplicitParagraph;
            renderer.ImplicitParagraph = cells[i].Count == 1;
            renderer.Write(cells[i]);
            renderer.ImplicitParagraph = implicitParagraph;
            renderer.Write("</").Write(tag).WriteLine(">");
        }

        renderer.WriteLine("</tr>");
    }

    // A class rather than a style attribute: the stylesheet says what alignment looks like.
    private static string AlignClass(Table table, TableCell cell, int index)
    {
        var column = cell.ColumnIndex >= 0 ? cell.ColumnIndex : index;
        if (table.ColumnDefinitions.Count == 0)
        {
            return string.Empty;
        }

        return table.ColumnDefinitions[Math.Min(column, table.ColumnDefinitions.Count - 1)].Alignment switch
        {
            TableColumnAlign.Center => " class=\"align-center\"",
            TableColumnAlign.Right => " class=\"align-right\"",
            _ => string.Empty,
        };
    }
}
