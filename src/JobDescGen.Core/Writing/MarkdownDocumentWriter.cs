using System.Text;
using JobDescGen.Marking;

namespace JobDescGen.Writing;

/// <summary>Writes the Markdown itself, as UTF-8 without a byte order mark.</summary>
public sealed class MarkdownDocumentWriter : IDocumentWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <inheritdoc />
    public string Format => "md";

    /// <inheritdoc />
    public string Extension => "md";

    /// <inheritdoc />
    public byte[] Write(RenderedDocument document) => Utf8.GetBytes(document.Markdown);
}
