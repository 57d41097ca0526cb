namespace JobDescGen.Pdf.Rendering;

/// <summary>
/// What the compactor must know of a drawn page that its content stream does not say: the kind of
/// each artifact, in order, and which strings (counted from 0) are hyphens added at a line's end.
/// </summary>
internal sealed record PageMarks(IReadOnlyList<ArtifactKind> Artifacts, IReadOnlyList<int> SoftHyphens)
{
    public static PageMarks None { get; } = new([], []);
}
