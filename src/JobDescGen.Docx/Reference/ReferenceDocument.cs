using JobDescGen.Docx.Styles;

namespace JobDescGen.Docx.Reference;

/// <summary>
/// What a DOCX takes from its reference document, like pandoc's <c>--reference-doc</c>: the
/// styles, the theme, the page size and margins, and the header's and footer's own content (a
/// logo). The reference's body text is ignored.
/// </summary>
/// <param name="Styles">The stylesheet: the reference's styles with the ones it lacks added from the built-in stylesheet.</param>
/// <param name="ThemeXml">The reference's theme part (theme fonts and colours), or null.</param>
/// <param name="Page">Page size and margins.</param>
/// <param name="Header">The reference header's own content.</param>
/// <param name="Footer">The reference footer's own content.</param>
internal sealed record ReferenceDocument(StyleSheet Styles, string? ThemeXml, PageSetup Page, FurnitureContent Header, FurnitureContent Footer)
{
    /// <summary>The file name looked for in the templates folder.</summary>
    public const string FileName = "reference.docx";

    /// <summary>The built-in stylesheet on an A4 page, with no header or footer content of its own.</summary>
    public static ReferenceDocument BuiltIn { get; } =
        new(StyleSheet.BuiltIn, null, PageSetup.BuiltIn, FurnitureContent.Empty, FurnitureContent.Empty);
}
