using JobDescGen.Diagnostics;
using JobDescGen.Formats;
using JobDescGen.Writing;

namespace JobDescGen.Pdf;

/// <summary>Tagged A4 PDF, styled by <c>theme.yaml</c>; its settings check is the theme's.</summary>
public sealed class PdfFormat : IOutputFormat
{
    /// <inheritdoc />
    public string Name => "pdf";

    /// <inheritdoc />
    public string Extension => "pdf";

    /// <inheritdoc />
    public string MediaType => "application/pdf";

    /// <inheritdoc />
    public string Description => "tagged A4 PDF, styled by theme.yaml";

    /// <inheritdoc />
    public IDocumentWriter? CreateWriter(FormatContext context, DiagnosticBag diagnostics) =>
        PdfDocumentWriter.Create(context.TemplatesDirectory, diagnostics);

    /// <inheritdoc />
    public void Prepare(FormatContext context) => PdfWarmUp.Start(context.TemplatesDirectory);
}
