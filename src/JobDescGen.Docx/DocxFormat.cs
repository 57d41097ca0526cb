using JobDescGen.Diagnostics;
using JobDescGen.Formats;
using JobDescGen.Writing;

namespace JobDescGen.Docx;

/// <summary>Word document, styled by <c>reference.docx</c>; its settings check is that file's.</summary>
public sealed class DocxFormat : IOutputFormat
{
    /// <inheritdoc />
    public string Name => "docx";

    /// <inheritdoc />
    public string Extension => "docx";

    /// <inheritdoc />
    public string MediaType => "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <inheritdoc />
    public string Description => "Word document, styled by reference.docx";

    /// <inheritdoc />
    public IDocumentWriter? CreateWriter(FormatContext context, DiagnosticBag diagnostics) =>
        DocxDocumentWriter.Create(context.TemplatesDirectory, diagnostics);
}
