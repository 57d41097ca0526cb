using JobDescGen.Diagnostics;
using JobDescGen.Pdf;
using JobDescGen.Writing;

namespace JobDescGen.Cli.Infrastructure;

/// <summary>The writer for each output format the command line offers.</summary>
public static class DocumentWriters
{
    /// <summary>The formats' names as typed on the command line (lower case).</summary>
    public static IEnumerable<string> FormatNames => Enum.GetNames<DocumentFormat>().Select(n => n.ToLowerInvariant());

    /// <summary>The format named <paramref name="name"/> (one of <see cref="FormatNames"/>).</summary>
    public static DocumentFormat Parse(string name) => Enum.Parse<DocumentFormat>(name, ignoreCase: true);

    /// <summary>
    /// The writer of <paramref name="format"/>, set up from the templates folder (the PDF theme);
    /// null after reporting diagnostics when that setup fails.
    /// </summary>
    public static IDocumentWriter? For(DocumentFormat format, string? templatesDirectory, CliConsole console)
    {
        switch (format)
        {
            case DocumentFormat.Md:
                return new MarkdownDocumentWriter();
            case DocumentFormat.Pdf:
                var diagnostics = new DiagnosticBag();
                var writer = PdfDocumentWriter.Create(templatesDirectory, diagnostics);
                console.Report(diagnostics.Sorted());
                return writer;
            default:
                throw new UsageException($"format '{format}' is not supported yet");
        }
    }
}
