namespace JobDescGen.Pdf.Tagging;

/// <summary>
/// Which ends of a structure element a block fragment draws. A block split across pages keeps one
/// element: the first fragment opens it, the last closes it, fragments between do neither.
/// </summary>
internal readonly record struct TagSpan(bool Opens, bool Closes)
{
    public static TagSpan Whole { get; } = new(true, true);

    /// <summary>The span of the part before a split.</summary>
    public TagSpan Head => this with { Closes = false };

    /// <summary>The span of the part after a split.</summary>
    public TagSpan Tail => this with { Opens = false };
}
