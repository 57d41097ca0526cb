using JobDescGen.Diagnostics;
using JobDescGen.Formats;
using JobDescGen.Writing;

namespace JobDescGen.Html;

/// <summary>
/// One self-contained, accessible HTML5 page, styled by <c>theme.yaml</c> and wrapped in the page
/// shell <c>page.html.sbn</c>; its settings check is the theme's and the page template's.
/// </summary>
public sealed class HtmlFormat : IOutputFormat
{
    /// <inheritdoc />
    public string Name => "html";

    /// <inheritdoc />
    public string Extension => "html";

    /// <inheritdoc />
    public string MediaType => "text/html";

    /// <inheritdoc />
    public string Description => "accessible HTML5 page, styled by theme.yaml, shell page.html.sbn";

    /// <inheritdoc />
    public IDocumentWriter? CreateWriter(FormatContext context, DiagnosticBag diagnostics) =>
        HtmlDocumentWriter.Create(context.TemplatesDirectory, diagnostics);
}
