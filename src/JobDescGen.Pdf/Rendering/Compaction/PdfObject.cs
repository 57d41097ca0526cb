namespace JobDescGen.Pdf.Rendering.Compaction;

/// <summary>An indirect object: its value and, for a stream, its data as stored (filters not undone).</summary>
internal sealed class PdfObject(int number, PdfValue value, byte[]? stream)
{
    public int Number { get; } = number;

    public PdfValue Value { get; set; } = value;

    public byte[]? Stream { get; set; } = stream;

    public PdfDictionary? Dictionary => Value as PdfDictionary;
}
