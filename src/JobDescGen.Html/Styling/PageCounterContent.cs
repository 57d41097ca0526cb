namespace JobDescGen.Html.Styling;

/// <summary>
/// Turns the page label of the language ("Pagina {page} van {pages}") into the CSS content that a
/// printed page fills in: <c>"Pagina " counter(page) " van " counter(pages)</c>.
/// </summary>
internal static class PageCounterContent
{
    private const string Pages = "{pages}";
    private const string Page = "{page}";

    /// <summary>The CSS <c>content</c> value for <paramref name="label"/>.</summary>
    public static string For(string label)
    {
        var parts = new List<string>();
        var rest = label;
        while (rest.Length > 0)
        {
            var pages = rest.IndexOf(Pages, StringComparison.Ordinal);
            var page = rest.IndexOf(Page, StringComparison.Ordinal);

            // "{page}" is a prefix of "{pages}": at the same spot the longer one is meant.
            var (at, token, counter) = page >= 0 && (pages < 0 || page < pages) ? (page, Page, "counter(page)")
                : pages >= 0 ? (pages, Pages, "counter(pages)")
                : (-1, string.Empty, string.Empty);
            if (at < 0)
            {
                parts.Add(CssString.Quote(rest));
                break;
            }

            if (at > 0)
            {
                parts.Add(CssString.Quote(rest[..at]));
            }

            parts.Add(counter);
            rest = rest[(at + token.Length)..];
        }

        return parts.Count == 0 ? "none" : string.Join(' ', parts);
    }
}
