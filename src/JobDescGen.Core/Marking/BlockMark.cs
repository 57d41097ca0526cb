namespace JobDescGen.Marking;

/// <summary>
/// The meaning of one top-level Markdig block, attached once by <see cref="DocumentMarker"/> so that
/// no writer guesses the structure from the text again.
/// </summary>
/// <param name="Role">What the block is.</param>
/// <param name="Section">The section the block is in (for a section heading: the one it opens).</param>
/// <param name="Area">The result area the block belongs to, if any.</param>
public sealed record BlockMark(BlockRole Role, SectionKind Section = SectionKind.Other, AreaMark? Area = null)
{
    /// <summary>The mark of a block with no special meaning.</summary>
    public static BlockMark Body { get; } = new(BlockRole.Body);

    /// <summary>For <see cref="BlockRole.AreaStatement"/>: the paragraph opens with the area's title in bold, run in (no heading above it).</summary>
    public bool RunInLead { get; init; }

    /// <summary>True for a block of an optional result area.</summary>
    public bool InOptionalArea => Area?.Optional == true;
}
