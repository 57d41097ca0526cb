using JobDescGen.Diagnostics;
using JobDescGen.Writing;

namespace JobDescGen.Formats;

/// <summary>GitHub-flavoured Markdown: the template's own output.</summary>
public sealed class MarkdownFormat : IOutputFormat
{
    /// <inheritdoc />
    public string Name => "md";

    /// <inheritdoc />
    public string Extension => "md";

    /// <inheritdoc />
    public string MediaType => "text/markdown";

    /// <inheritdoc />
    public string Description => "Markdown (GitHub-flavoured)";

    /// <inheritdoc />
    public IDocumentWriter? CreateWriter(FormatContext context, DiagnosticBag diagnostics) => new MarkdownDocumentWriter();
}
