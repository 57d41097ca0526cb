namespace JobDescGen.Pdf.Rendering.Navigation;

/// <summary>A bookmark: its title, where it goes (page index, height from the page's bottom) and the bookmarks under it.</summary>
internal sealed class OutlineItem(string title, int page, double top)
{
    public string Title { get; } = title;

    public int Page { get; } = page;

    public double Top { get; } = top;

    public List<OutlineItem> Kids { get; } = [];

    /// <summary>The object number the assembler gives the item.</summary>
    public int Number { get; set; }
}
