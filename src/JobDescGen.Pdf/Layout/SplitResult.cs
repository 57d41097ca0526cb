namespace JobDescGen.Pdf.Layout;

/// <summary>The two parts of a split: what goes on this page (null: nothing) and what moves on (null: nothing left).</summary>
internal readonly record struct SplitResult(Block? Head, Block? Tail)
{
    /// <summary>Nothing fits: the whole block moves to the next page.</summary>
    public static SplitResult Nothing(Block whole) => new(null, whole);
}
