namespace JobDescGen.Pdf.Rendering.Compaction;

/// <summary>
/// An indirect object: its value and, for a stream, its data as stored (filters not undone). An
/// object read but not yet looked into keeps the bytes it was written with, and is parsed when its
/// value is first asked for; written back unparsed, it is those bytes.
/// </summary>
internal sealed class PdfObject
{
    private readonly ReadOnlyMemory<byte> _written;
    private PdfValue? _value;

    public PdfObject(int number, PdfValue value, byte[]? stream)
    {
        Number = number;
        _value = value;
        Stream = stream;
    }

    /// <summary>An object that is not a stream, as written: one value, no "obj"/"endobj".</summary>
    public PdfObject(int number, ReadOnlyMemory<byte> written)
    {
        Number = number;
        _written = written;
    }

    public int Number { get; }

    public PdfValue Value
    {
        get => _value ??= new PdfLexer(_written.Span, 0).ReadValue();
        set => _value = value;
    }

    public byte[]? Stream { get; set; }

    public PdfDictionary? Dictionary => Value as PdfDictionary;

    /// <summary>
    /// False only when the object is unparsed and its bytes do not hold <paramref name="marker"/>
    /// (a name such as "/Type0"): a quick test before parsing it to look for that name.
    /// </summary>
    public bool MayContain(ReadOnlySpan<byte> marker) => _value is not null || _written.Span.IndexOf(marker) >= 0;

    /// <summary>Writes the value: as written when it was never parsed, else as parsed (and perhaps changed).</summary>
    public void WriteValueTo(ByteBuffer output)
    {
        if (_value is null)
        {
            output.Add(_written.Span);
        }
        else
        {
            _value.WriteTo(output);
        }
    }
}
