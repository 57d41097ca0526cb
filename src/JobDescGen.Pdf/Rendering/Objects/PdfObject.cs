namespace JobDescGen.Pdf.Rendering.Objects;

/// <summary>An indirect object: its value and, for a stream, its data as stored (filters applied).</summary>
internal sealed class PdfObject(int number, PdfValue value, byte[]? stream)
{
    public int Number { get; } = number;

    public PdfValue Value { get; } = value;

    public byte[]? Stream { get; } = stream;

    public PdfDictionary? Dictionary => Value as PdfDictionary;

    public void WriteValueTo(ByteBuffer output) => Value.WriteTo(output);
}
