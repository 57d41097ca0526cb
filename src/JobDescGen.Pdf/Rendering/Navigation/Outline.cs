namespace JobDescGen.Pdf.Rendering.Navigation;

/// <summary>Builds the bookmark tree from headings in reading order: a level-2 heading nests under the last level-1.</summary>
internal sealed class Outline
{
    private readonly OutlineItem?[] _last = new OutlineItem?[4];

    /// <summary>The top-level bookmarks.</summary>
    public List<OutlineItem> Items { get; } = [];

    /// <summary>Adds a bookmark of heading <paramref name="level"/> named <paramref name="title"/> to <paramref name="page"/> (index) at <paramref name="top"/> (from the page's bottom).</summary>
    public void Add(int level, string title, int page, double top)
    {
        level = Math.Clamp(level, 1, 3);
        OutlineItem? parent = null;
        for (var l = level - 1; l >= 1 && parent is null; l--)
        {
            parent = _last[l];
        }

        var item = new OutlineItem(title, page, top);
        (parent?.Kids ?? Items).Add(item);
        _last[level] = item;
        for (var deeper = level + 1; deeper < _last.Length; deeper++)
        {
            _last[deeper] = null;
        }
    }
}
