using JobDescGen.Writing;

namespace JobDescGen.Cli.Infrastructure;

/// <summary>The writer for each output format the command line offers.</summary>
public static class DocumentWriters
{
    /// <summary>The writer of <paramref name="format"/>.</summary>
    public static IDocumentWriter For(DocumentFormat format) => format switch
    {
        DocumentFormat.Md => new MarkdownDocumentWriter(),
        _ => throw new UsageException($"format '{format}' is not supported yet"),
    };
}
