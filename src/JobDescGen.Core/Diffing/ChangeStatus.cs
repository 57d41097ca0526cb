namespace JobDescGen.Diffing;

/// <summary>How one item (criterion, area, task, definition) differs between two levels.</summary>
public enum ChangeStatus
{
    /// <summary>Both levels have it, with the same text.</summary>
    Unchanged,

    /// <summary>Both levels have it, with different text.</summary>
    Changed,

    /// <summary>Only the second level (<c>--to</c>) has it.</summary>
    Added,

    /// <summary>Only the first level (<c>--from</c>) has it.</summary>
    Removed,
}
