using JobDescGen.Diagnostics;
using JobDescGen.Generation;
using JobDescGen.Pdf.Building;
using JobDescGen.Pdf.Layout;
using JobDescGen.Pdf.Rendering;
using JobDescGen.Pdf.Text;
using JobDescGen.Pdf.Theme;
using JobDescGen.Rendering;
using JobDescGen.Writing;
using Markdig.Syntax;

namespace JobDescGen.Pdf;

/// <summary>
/// Writes a job description as a tagged, bookmarked A4 PDF: the rendered Markdown is parsed, laid
/// out in blocks that measure, split across pages and draw, then drawn with PDFsharp. Same input
/// and theme give the same bytes.
/// </summary>
/// <param name="theme">The look, from <see cref="ThemeLoader"/>.</param>
public sealed class PdfDocumentWriter(PdfTheme theme) : IDocumentWriter
{
    private readonly StyleSheet _styles = new(theme);

    /// <inheritdoc />
    public string Format => "pdf";

    /// <inheritdoc />
    public string Extension => "pdf";

    /// <summary>The theme used.</summary>
    public PdfTheme Theme => theme;

    /// <summary>
    /// A writer with the theme of <paramref name="userTemplatesDirectory"/> (or the built-in one);
    /// null, with located diagnostics, when the theme file has errors.
    /// </summary>
    public static PdfDocumentWriter? Create(string? userTemplatesDirectory, DiagnosticBag diagnostics)
    {
        var loaded = ThemeLoader.Load(userTemplatesDirectory, diagnostics);
        return loaded is null ? null : new PdfDocumentWriter(loaded);
    }

    /// <inheritdoc />
    public byte[] Write(GeneratedMarkdown document)
    {
        var markdown = document.Markdown ?? throw new ArgumentException("the document failed to render", nameof(document));
        var ast = MarkdownAst.Parse(markdown);
        return PdfRenderer.Render(Layout(ast), theme, Furniture(document, ast), DocumentMetadata.From(document, theme));
    }

    /// <summary>Lays out <paramref name="markdown"/> into pages without drawing them.</summary>
    internal PageLayout Layout(MarkdownDocument markdown)
    {
        var blocks = new BlockBuilder(_styles, FontMeasurer.Shared).Build(markdown);
        return Paginator.Paginate(blocks, theme.ContentWidth, theme.ContentHeight);
    }

    private PageFurniture Furniture(GeneratedMarkdown document, MarkdownDocument markdown)
    {
        var description = document.Description;
        var (title, byline) = TitleText.Find(markdown);
        return new PageFurniture(
            theme,
            _styles,
            FontMeasurer.Shared,
            title ?? $"{description.Title} — {description.Level.Name}",
            byline ?? string.Empty,
            (page, pages) => document.Language?.PageLabel(page, pages) ?? $"{page} / {pages}");
    }
}
