using JobDescGen.Generation;

namespace JobDescGen.Writing;

/// <summary>
/// Turns one rendered job description into the bytes of one output format. Every writer starts
/// from the same Markdown, so a user's template changes every format alike.
/// </summary>
public interface IDocumentWriter
{
    /// <summary>The format's name on the command line (<c>md</c>, <c>pdf</c>).</summary>
    string Format { get; }

    /// <summary>The file extension, without the dot.</summary>
    string Extension { get; }

    /// <summary>The document's bytes. Must be deterministic: same input, same bytes.</summary>
    byte[] Write(GeneratedMarkdown document);
}
