using JobDescGen.Pdf.Rendering.Objects;
using JobDescGen.Pdf.Rendering.Navigation;
using static JobDescGen.Pdf.Rendering.Assembly.ObjectTable;

namespace JobDescGen.Pdf.Rendering.Assembly;

/// <summary>Writes the bookmarks: every item open, each going to its heading's page and height.</summary>
internal static class OutlineObjects
{
    /// <returns>The outline root, or null when there are no bookmarks.</returns>
    public static PdfReference? Add(ObjectTable table, Outline outline, int[] pages)
    {
        if (outline.Items.Count == 0)
        {
            return null;
        }

        var root = table.Reserve();
        Numbered(outline.Items, table);
        var count = Write(table, outline.Items, root, pages);
        return table.Set(root, Dictionary(
            ("Type", Name("Outlines")),
            ("First", Reference(outline.Items[0].Number)),
            ("Last", Reference(outline.Items[^1].Number)),
            ("Count", Integer(count))));
    }

    private static void Numbered(List<OutlineItem> items, ObjectTable table)
    {
        foreach (var item in items)
        {
            item.Number = table.Reserve();
            Numbered(item.Kids, table);
        }
    }

    /// <summary>Writes the items and returns how many there are at every depth below their parent (all open, all visible).</summary>
    private static int Write(ObjectTable table, List<OutlineItem> items, int parent, int[] pages)
    {
        var count = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var descendants = item.Kids.Count == 0 ? 0 : Write(table, item.Kids, item.Number, pages);
            table.Set(item.Number, Dictionary(
                ("Title", PdfStrings.Text(item.Title)),
                ("Parent", Reference(parent)),
                ("Prev", i > 0 ? Reference(items[i - 1].Number) : null),
                ("Next", i + 1 < items.Count ? Reference(items[i + 1].Number) : null),
                ("First", item.Kids.Count > 0 ? Reference(item.Kids[0].Number) : null),
                ("Last", item.Kids.Count > 0 ? Reference(item.Kids[^1].Number) : null),
                ("Count", descendants > 0 ? Integer(descendants) : null),
                ("Dest", Array([Reference(pages[item.Page]), Name("XYZ"), Integer(0), Number(Math.Round(item.Top, 2)), PdfToken.Of("null")]))));
            count += 1 + descendants;
        }

        return count;
    }
}
