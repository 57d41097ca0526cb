namespace JobDescGen.Pdf.Layout;

/// <summary>
/// The layout met a block that can never fit on a page: a theme whose sizes leave too little room
/// (no <see cref="Advice"/>), or text too long for any page, such as a heading (with its own advice).
/// </summary>
internal sealed class PageOverflowException(string message, string? advice = null) : Exception(message)
{
    /// <summary>What to change when the cause is the text rather than the theme; null for the theme.</summary>
    public string? Advice { get; } = advice;
}
