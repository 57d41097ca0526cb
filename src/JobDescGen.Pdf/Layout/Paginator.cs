namespace JobDescGen.Pdf.Layout;

/// <summary>Cuts a document into pages by splitting it again and again at the height of a page.</summary>
internal static class Paginator
{
    public static PageLayout Paginate(Block document, double width, double height)
    {
        var pages = new List<Block>();
        Block? rest = document;
        while (rest is not null)
        {
            if (rest.Measure(width) <= height)
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

            pages.Add(split.Head ?? throw new InvalidOperationException("a block placed nothing on an empty page"));
            rest = split.Tail;
        }

        return new PageLayout(pages, width, height);
    }
}
