namespace JobDescGen.Docx.Reference;

/// <summary>
/// A reference document's default header or footer (a logo, an address): the whole part's XML,
/// without the running-title and page-number paragraphs this tool writes, and the images it shows.
/// The running title and the page numbers are added after its content.
/// </summary>
/// <param name="PartXml">The <c>w:hdr</c> or <c>w:ftr</c> element as in the reference, or null when it has none.</param>
/// <param name="Media">The images it refers to.</param>
internal sealed record FurnitureContent(string? PartXml, IReadOnlyList<MediaPart> Media)
{
    /// <summary>Nothing to carry over.</summary>
    public static FurnitureContent Empty { get; } = new(null, []);
}
