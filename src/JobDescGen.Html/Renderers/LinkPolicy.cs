namespace JobDescGen.Html.Renderers;

/// <summary>
/// Which link targets a page may carry: web, mail and phone links, in-page anchors and relative
/// links. Anything else (<c>javascript:</c>, <c>data:</c>, <c>file:</c>, …) would run code or reach
/// outside the page, so it is written as plain text instead.
/// </summary>
internal static class LinkPolicy
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>True when a link to <paramref name="url"/> may be written.</summary>
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return false;
        }

        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"): so does this check.
        var compact = string.Concat(url.Where(c => c > ' ' && c != '\u007F'));
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (firstDelimiter >= 0 && firstDelimiter < colon))
        {
            return true;
        }

        var scheme = compact[..colon];
        return SafeSchemes.Any(s => string.Equals(s, scheme, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True for an image the page may show: one carried inside it (<c>data:image/…</c>), never fetched from elsewhere.</summary>
    public static bool IsEmbeddedImage(string? url) =>
        url is not null && url.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("data:image/svg", StringComparison.OrdinalIgnoreCase);
}
