using System.Globalization;

namespace JobDescGen.Pdf.Layout;

/// <summary>
/// Cuts a document into pages by splitting it again and again at the height of a page. A block
/// that can never fit (a table row whose padding and line height leave no room on a page, say)
/// would otherwise make empty page after empty page until memory runs out; it is detected and
/// reported as a <see cref="PageOverflowException"/> instead.
/// </summary>
internal static class Paginator
{
    /// <summary>The most pages a job description may have; the bundled one has 3.</summary>
    public const int MaxPages = 2000;

    // Pages in a row that leave the rest of the document no shorter: the layout makes no progress.
    private const int StalledPagesAllowed = 3;

    // Rounding slack when a page's content is measured against its height.
    private const double Tolerance = 0.01;

    public static PageLayout Paginate(Block document, double width, double height)
    {
        var pages = new List<Block>();
        Block? rest = document;
        var stalled = 0;
        while (rest is not null)
        {
            var restHeight = rest.Measure(width);
            if (restHeight <= height)
            {
                pages.Add(rest);
                break;
            }

            var split = rest.Split(new SplitRequest(width, height, height, Force: false));
            if (split.Head is null)
            {
                // Keep rules asked to move everything on, but this page is empty: place something.
                split = rest.Split(new SplitRequest(width, height, height, Force: true));
            }

            var head = split.Head ?? throw new PageOverflowException("a block places nothing on an empty page");
            if (head.Measure(width) > height + Tolerance)
            {
                // Drawn, it would run over the footer and off the page: a silently shortened document.
                throw new PageOverflowException(string.Create(CultureInfo.InvariantCulture, $"page {pages.Count + 1} would need {head.Measure(width):0} pt of the {height:0} pt it has: a block taller than a page cannot be split so that it fits"));
            }

            pages.Add(head);
            rest = split.Tail;
            stalled = rest is not null && rest.Measure(width) >= restHeight ? stalled + 1 : 0;
            if (stalled >= StalledPagesAllowed)
            {
                throw new PageOverflowException($"a block is taller than a page ({height:0} pt high, {width:0} pt wide) and cannot be split so that it fits");
            }

            if (pages.Count >= MaxPages)
            {
                throw new PageOverflowException($"the document needs more than {MaxPages} pages");
            }
        }

        return new PageLayout(pages, width, height);
    }
}
