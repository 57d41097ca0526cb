namespace JobDescGen.Pdf.Rendering.Navigation;

/// <summary>
/// The places in-document links go to: a link is often drawn before the place it points to (a
/// reference mark in the criteria table, its definition at the end), so links are resolved once
/// every page is drawn. The first place drawn for an anchor wins.
/// </summary>
internal sealed class Anchors
{
    private readonly Dictionary<string, (int Page, double Top)> _places = new(StringComparer.Ordinal);

    /// <summary>Records where <paramref name="anchor"/> is: <paramref name="page"/> (index) and <paramref name="top"/> (from the page's bottom).</summary>
    public void Add(string anchor, int page, double top) => _places.TryAdd(anchor, (page, top));

    /// <summary>Where <paramref name="anchor"/> was drawn; the top of the first page when it never was.</summary>
    public (int Page, double Top) Find(string anchor, double pageHeight) =>
        _places.TryGetValue(anchor, out var place) ? place : (0, pageHeight);
}
