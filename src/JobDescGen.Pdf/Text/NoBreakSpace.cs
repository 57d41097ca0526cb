namespace JobDescGen.Pdf.Text;

/// <summary>
/// The no-break space keeps words together (and code indentation from collapsing) during layout,
/// but PDFsharp draws it as a missing glyph: it is measured and drawn as the ordinary space it looks like.
/// </summary>
internal static class NoBreakSpace
{
    public static string AsSpace(string text) => text.Contains('\u00A0', StringComparison.Ordinal) ? text.Replace('\u00A0', ' ') : text;
}
