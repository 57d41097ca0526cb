using JobDescGen.Diagnostics;
using JobDescGen.Formats;
using JobDescGen.Marking;
using JobDescGen.Pdf.Building;
using JobDescGen.Pdf.Fonts;
using JobDescGen.Pdf.Hyphenation;
using JobDescGen.Pdf.Layout;
using JobDescGen.Pdf.Rendering;
using JobDescGen.Pdf.Text;
using JobDescGen.Pdf.Theme;
using JobDescGen.Writing;
using Markdig.Syntax;

namespace JobDescGen.Pdf;

/// <summary>
/// Writes a job description as a tagged, bookmarked A4 PDF: the rendered Markdown is parsed, laid
/// out in blocks that measure, split across pages and draw, then written straight into the PDF's
/// content streams and objects. Same input and theme give the same bytes.
/// </summary>
/// <param name="theme">The look, from <see cref="ThemeLoader"/>.</param>
public sealed class PdfDocumentWriter(PdfTheme theme) : IDocumentWriter, ICharacterCoverage
{
    private readonly StyleSheet _styles = new(theme);
    private readonly ITextMeasurer _measurer = FontMeasurer.Shared;

    /// <summary>A writer with its own measurer: tests start from cold caches with it.</summary>
    internal PdfDocumentWriter(PdfTheme theme, ITextMeasurer measurer)
        : this(theme)
    {
        _measurer = measurer;
    }

    /// <inheritdoc />
    public string Format => "pdf";

    /// <inheritdoc />
    public string Extension => "pdf";

    /// <inheritdoc />
    public string FontsDescription => $"the PDF's fonts ({string.Join(", ", new[] { theme.FontFamily }.Concat(theme.FontFallback).Distinct())})";

    /// <inheritdoc />
    public bool Covers(int codePoint) =>
        FontFallback.Covered(codePoint, theme.FontFamily, new FontChain(theme.FontFallback));

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
    public byte[] Write(RenderedDocument document)
    {
        using var hyphenation = HyphenationScope.Enter(document.Facts.Locale, theme.HyphenationExceptions(document.Facts.Locale), theme.Hyphenate);
        return PdfRenderer.Write(Layout(document.Ast, document.Label("continued"), document.Label("definitions")), theme, Furniture(document), DocumentMetadata.From(document, theme), _measurer);
    }

    /// <summary>Lays out a marked Markdown document into pages without drawing them.</summary>
    internal PageLayout Layout(MarkdownDocument markdown, string continuedLabel = "(vervolg)", string definitionsLabel = "Definitie")
    {
        var blocks = new BlockBuilder(_styles, _measurer, continuedLabel, DocumentLinks.Of(markdown, definitionsLabel)).Build(markdown);
        try
        {
            return Paginator.Paginate(blocks, theme.ContentWidth, theme.ContentHeight);
        }
        catch (PageOverflowException exception)
        {
            var diagnostic = exception.Advice is { } advice
                ? ThemeGeometry.TooTall(theme, exception.Message, advice)
                : ThemeGeometry.Overflow(theme, exception.Message);
            throw new DocumentWriteException(diagnostic, exception);
        }
    }

    /// <summary>Header and footer from the document facts, not from the Markdown.</summary>
    private PageFurniture Furniture(RenderedDocument document) =>
        new(theme, _styles, _measurer, document.Facts.HeaderText, document.Facts.FooterText, document.PageLabel);
}
