namespace JobDescGen.Terminal.Rendering;

/// <summary>
/// What the terminal renderer needs to know beyond the Markdown itself: how the template words
/// "optional", and which table rows to highlight when two levels are compared.
/// </summary>
internal sealed record RenderHints
{
    /// <summary>No optional marking, no highlights.</summary>
    public static RenderHints None { get; } = new();

    /// <summary>The document language's word for optional ("facultatief"): a heading ending in "(word)" starts an optional area.</summary>
    public string? OptionalLabel { get; init; }

    /// <summary>Names of table rows (criteria) to mark as different.</summary>
    public IReadOnlySet<string> HighlightedRows { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The note under a table with highlighted rows ("≠ verschilt van Niveau B"), or null.</summary>
    public string? HighlightNote { get; init; }
}
