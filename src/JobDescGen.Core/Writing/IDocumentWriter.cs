using JobDescGen.Marking;

namespace JobDescGen.Writing;

/// <summary>
/// Turns one rendered job description into the bytes of one output format. Every writer reads the
/// same marked document, so a user's template changes every format alike. Made by its
/// <see cref="Formats.IOutputFormat"/>; one instance may serve many documents on many threads.
/// </summary>
public interface IDocumentWriter
{
    /// <summary>The format's name on the command line (<c>md</c>, <c>pdf</c>).</summary>
    string Format { get; }

    /// <summary>The file extension, without the dot.</summary>
    string Extension { get; }

    /// <summary>The document's bytes. Must be deterministic: same input, same bytes.</summary>
    byte[] Write(RenderedDocument document);
}
