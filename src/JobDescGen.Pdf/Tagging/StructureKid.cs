namespace JobDescGen.Pdf.Tagging;

/// <summary>
/// A kid of a structure element: a child element, a marked-content sequence (page index and MCID),
/// or a link annotation (its index in the document's annotations, and its page).
/// </summary>
internal readonly record struct StructureKid(StructureElement? Element, int Page, int Mcid, int Annotation)
{
    public static StructureKid Of(StructureElement element) => new(element, -1, -1, -1);

    public static StructureKid Content(int page, int mcid) => new(null, page, mcid, -1);

    public static StructureKid Link(int page, int annotation) => new(null, page, -1, annotation);
}
