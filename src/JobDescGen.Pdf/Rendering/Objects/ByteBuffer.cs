using System.Buffers.Text;

namespace JobDescGen.Pdf.Rendering.Objects;

/// <summary>
/// A growable run of bytes that the compaction passes write into: unlike a <c>List&lt;byte&gt;</c>
/// it copies spans in one move, and a buffer kept per thread is cleared instead of reallocated.
/// </summary>
internal sealed class ByteBuffer(int capacity = 1024)
{
    private const int MaxKeptSize = 1024 * 1024;

    private byte[] _bytes = new byte[Math.Max(capacity, 16)];

    public int Count { get; private set; }

    /// <summary>The last byte written; only when <see cref="Count"/> is positive.</summary>
    public byte Last => _bytes[Count - 1];

    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Count);

    public void Clear() => Count = 0;

    public void Add(byte value)
    {
        if (Count == _bytes.Length)
        {
            Grow(1);
        }

        _bytes[Count++] = value;
    }

    public void Add(ReadOnlySpan<byte> bytes)
    {
        if (Count + bytes.Length > _bytes.Length)
        {
            Grow(bytes.Length);
        }

        bytes.CopyTo(_bytes.AsSpan(Count));
        Count += bytes.Length;
    }

    /// <summary>Writes an ASCII text (operators, keys) byte per character.</summary>
    public void AddAscii(string text)
    {
        if (Count + text.Length > _bytes.Length)
        {
            Grow(text.Length);
        }

        foreach (var c in text)
        {
            _bytes[Count++] = (byte)c;
        }
    }

    public void AddInteger(long value)
    {
        if (Count + 20 > _bytes.Length)
        {
            Grow(20);
        }

        Utf8Formatter.TryFormat(value, _bytes.AsSpan(Count), out var written);
        Count += written;
    }

    /// <summary>A number rounded to four decimals, without trailing zeros ("12.5", "-3"), as <see cref="PdfToken.Number"/> writes it.</summary>
    public void AddNumber(double value)
    {
        if (Count + 32 > _bytes.Length)
        {
            Grow(32);
        }

        Count += PdfNumber.Format(value, _bytes.AsSpan(Count, 32));
    }

    /// <summary>Makes room for <paramref name="size"/> bytes and returns it; <see cref="Advance"/> then counts what was used.</summary>
    public Span<byte> Reserve(int size)
    {
        if (Count + size > _bytes.Length)
        {
            Grow(size);
        }

        return _bytes.AsSpan(Count, size);
    }

    public void Advance(int count) => Count += count;

    public byte[] ToArray() => _bytes.AsSpan(0, Count).ToArray();

    /// <summary>The capacity: a per-thread buffer that grew too far is dropped after use.</summary>
    public int Capacity => _bytes.Length;

    /// <summary>This thread's buffer in <paramref name="buffer"/>, made on first use, emptied.</summary>
    public static ByteBuffer Rent(ref ByteBuffer? buffer, int capacity)
    {
        buffer ??= new ByteBuffer(capacity);
        buffer.Clear();
        return buffer;
    }

    /// <summary>Drops a per-thread buffer that grew for an unusually large document, so it is not kept for the next one.</summary>
    public static void Release(ref ByteBuffer? buffer)
    {
        if (buffer is { Capacity: > MaxKeptSize })
        {
            buffer = null;
        }
    }

    private void Grow(int needed)
    {
        var size = Math.Max(_bytes.Length * 2, Count + needed);
        Array.Resize(ref _bytes, size);
    }
}
