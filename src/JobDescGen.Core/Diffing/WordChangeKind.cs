namespace JobDescGen.Diffing;

/// <summary>What a piece of a word-level diff is.</summary>
public enum WordChangeKind
{
    /// <summary>In both texts.</summary>
    Equal,

    /// <summary>Only in the first text.</summary>
    Deleted,

    /// <summary>Only in the second text.</summary>
    Inserted,
}
