namespace JobDescGen.Pdf.Rendering;

/// <summary>
/// What the compactor must know of a drawn page that its content stream does not say: the kind of
/// each artifact, in order, which strings (counted from 0) are hyphens added at a line's end, and
/// the stretched spaces inside strings, by string in drawing order.
/// </summary>
internal sealed record PageMarks(IReadOnlyList<ArtifactKind> Artifacts, IReadOnlyList<int> SoftHyphens, IReadOnlyList<WordGap> Gaps)
{
    public static PageMarks None { get; } = new([], [], []);
}
