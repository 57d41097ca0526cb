using System.Text;
using JobDescGen.Diagnostics;
using JobDescGen.Html.Body;
using JobDescGen.Html.Page;
using JobDescGen.Html.Styling;
using JobDescGen.Marking;
using JobDescGen.Pdf.Theme;
using JobDescGen.Writing;

namespace JobDescGen.Html;

/// <summary>
/// Writes a job description as one HTML5 file: the marked Markdown rendered by Markdig's HTML
/// renderer with renderers that read the document's marks, a stylesheet made from the theme, all
/// wrapped in the page template. No script, no external requests; same input, same bytes.
/// </summary>
public sealed class HtmlDocumentWriter : IDocumentWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly PageTemplate _page;
    private readonly StyleSheet _styles;
    private readonly string? _logo;

    internal HtmlDocumentWriter(PdfTheme theme, PageTemplate page)
    {
        _page = page;
        _styles = new StyleSheet(theme);
        _logo = LogoData.Uri(theme.Logo);
    }

    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    public string Extension => "html";

    /// <summary>
    /// A writer with the theme and page template of <paramref name="userTemplatesDirectory"/> (or
    /// the built-in ones); null, with located diagnostics for both, when either has errors.
    /// </summary>
    public static HtmlDocumentWriter? Create(string? userTemplatesDirectory, DiagnosticBag diagnostics)
    {
        var theme = ThemeLoader.Load(userTemplatesDirectory, diagnostics);
        var page = PageTemplate.Load(userTemplatesDirectory, diagnostics);
        return theme is null || page is null ? null : new HtmlDocumentWriter(theme, page);
    }

    /// <inheritdoc />
    public byte[] Write(RenderedDocument document) => Utf8.GetBytes(Render(document));

    /// <summary>The page as text.</summary>
    internal string Render(RenderedDocument document)
    {
        var body = BodyWriter.Write(document);
        var model = PageModel.Build(document, body, _styles.For(document), _logo);
        return _page.Render(model);
    }
}
