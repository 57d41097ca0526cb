namespace JobDescGen.Pdf.Rendering;

/// <summary>What a piece of page furniture is, written as the artifact's /Type and /Subtype.</summary>
internal enum ArtifactKind
{
    /// <summary>Rules, backgrounds and marks drawn for the eye (/Type /Layout).</summary>
    Layout,

    /// <summary>The running header and the logo (/Type /Pagination /Subtype /Header).</summary>
    Header,

    /// <summary>The footer with the page number (/Type /Pagination /Subtype /Footer).</summary>
    Footer,

    /// <summary>Repeated on a new page for orientation, such as a table's header row (/Type /Pagination).</summary>
    Pagination,
}
