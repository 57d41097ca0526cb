using PdfSharp.Pdf;

namespace JobDescGen.Pdf.Rendering;

/// <summary>Builds the bookmark tree from headings in reading order: a level-2 heading nests under the last level-1.</summary>
internal sealed class OutlineBuilder(PdfDocument document)
{
    private readonly PdfOutline?[] _last = new PdfOutline?[4];

    public void Add(int level, string title, PdfPage page, double top)
    {
        level = Math.Clamp(level, 1, 3);
        var parent = Enumerable.Range(1, level - 1).Reverse().Select(l => _last[l]).FirstOrDefault(o => o is not null);
        var outlines = parent?.Outlines ?? document.Outlines;
        var outline = outlines.Add(title, page, opened: level < 2);
        outline.PageDestinationType = PdfPageDestinationType.Xyz;

        // PDF measures from the bottom of the page; the layout from the top.
        outline.Top = page.Height.Point - top;
        outline.Left = 0;
        _last[level] = outline;
        for (var deeper = level + 1; deeper < _last.Length; deeper++)
        {
            _last[deeper] = null;
        }
    }
}
