
namespace JobDescGen.Pdf.Rendering.Compaction;

/// <summary>
/// Reads PDF values from bytes: the subset of the syntax that PDF writers produce for objects and
/// content streams. Throws <see cref="FormatException"/> on anything else; the compactor then keeps
/// the file as it was.
/// </summary>
internal ref struct PdfLexer(ReadOnlySpan<byte> data, int position)
{
    private readonly ReadOnlySpan<byte> _data = data;

    public int Position { get; set; } = position;

    public readonly bool AtEnd => Position >= _data.Length;

    public static bool IsWhiteSpace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    public void SkipWhiteSpace()
    {
        while (Position < _data.Length)
        {
            var b = _data[Position];
            if (IsWhiteSpace(b))
            {
                Position++;
            }
            else if (b == (byte)'%')
            {
                while (Position < _data.Length && _data[Position] is not (10 or 13))
                {
                    Position++;
                }
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>The next bare word (number, keyword or operator) without consuming it, or empty.</summary>
    public readonly ReadOnlySpan<byte> PeekWord()
    {
        var end = Position;
        while (end < _data.Length && !IsWhiteSpace(_data[end]) && !IsDelimiter(_data[end]))
        {
            end++;
        }

        return _data[Position..end];
    }

    public ReadOnlySpan<byte> ReadWord()
    {
        var word = PeekWord();
        Position += word.Length;
        return word;
    }

    /// <summary>Reads one value; "N G R" becomes a reference.</summary>
    public PdfValue ReadValue()
    {
        SkipWhiteSpace();
        if (AtEnd)
        {
            throw new FormatException("unexpected end of data");
        }

        var b = _data[Position];
        switch (b)
        {
            case (byte)'/':
                return new PdfToken(ReadName());
            case (byte)'(':
                return new PdfToken(ReadLiteralString());
            case (byte)'[':
                return ReadArray();
            case (byte)'<' when Position + 1 < _data.Length && _data[Position + 1] == (byte)'<':
                return ReadDictionary();
            case (byte)'<':
                return new PdfToken(ReadHexString());
        }

        var word = ReadWord();
        if (word.IsEmpty)
        {
            throw new FormatException($"unexpected '{(char)b}' at {Position}");
        }

        if (IsInteger(word))
        {
            // Look ahead for "G R" without consuming anything else.
            var save = Position;
            SkipWhiteSpace();
            var generation = PeekWord();
            if (IsInteger(generation))
            {
                Position += generation.Length;
                SkipWhiteSpace();
                if (PeekWord() is [(byte)'R'])
                {
                    Position++;
                    return new PdfReference(int.Parse(word), int.Parse(generation));
                }
            }

            Position = save;
        }

        return new PdfToken(word.ToArray());
    }

    /// <summary>
    /// Moves past one simple value (name, string, number, keyword) without copying it and returns
    /// where it starts; false for an array or dictionary, which is left unread.
    /// </summary>
    public bool TrySkipSimpleValue(out int start)
    {
        SkipWhiteSpace();
        start = Position;
        if (AtEnd)
        {
            throw new FormatException("unexpected end of data");
        }

        switch (_data[Position])
        {
            case (byte)'[':
                return false;
            case (byte)'<' when Position + 1 < _data.Length && _data[Position + 1] == (byte)'<':
                return false;
            case (byte)'/':
                SkipName();
                return true;
            case (byte)'(':
                SkipLiteralString();
                return true;
            case (byte)'<':
                SkipHexString();
                return true;
        }

        if (ReadWord().IsEmpty)
        {
            throw new FormatException($"unexpected '{(char)_data[Position]}' at {Position}");
        }

        return true;
    }

    private PdfArray ReadArray()
    {
        Position++;
        var items = new List<PdfValue>();
        while (true)
        {
            SkipWhiteSpace();
            if (AtEnd)
            {
                throw new FormatException("unterminated array");
            }

            if (_data[Position] == (byte)']')
            {
                Position++;
                return new PdfArray(items);
            }

            items.Add(ReadValue());
        }
    }

    private PdfDictionary ReadDictionary()
    {
        Position += 2;
        var entries = new List<KeyValuePair<string, PdfValue>>();
        while (true)
        {
            SkipWhiteSpace();
            if (Position + 1 < _data.Length && _data[Position] == (byte)'>' && _data[Position + 1] == (byte)'>')
            {
                Position += 2;
                return new PdfDictionary(entries);
            }

            if (AtEnd || _data[Position] != (byte)'/')
            {
                throw new FormatException($"dictionary key expected at {Position}");
            }

            var start = Position;
            SkipName();
            entries.Add(new(PdfKeys.Of(_data[(start + 1)..Position]), ReadValue()));
        }
    }

    private byte[] ReadName()
    {
        var start = Position;
        SkipName();
        return _data[start..Position].ToArray();
    }

    private void SkipName()
    {
        Position++;
        while (Position < _data.Length && !IsWhiteSpace(_data[Position]) && !IsDelimiter(_data[Position]))
        {
            Position++;
        }
    }

    private byte[] ReadLiteralString()
    {
        var start = Position;
        SkipLiteralString();
        return _data[start..Position].ToArray();
    }

    private void SkipLiteralString()
    {
        var depth = 0;
        while (Position < _data.Length)
        {
            var b = _data[Position++];
            if (b == (byte)'\\')
            {
                Position++;
            }
            else if (b == (byte)'(')
            {
                depth++;
            }
            else if (b == (byte)')' && --depth == 0)
            {
                return;
            }
        }

        throw new FormatException("unterminated string");
    }

    private byte[] ReadHexString()
    {
        var start = Position;
        SkipHexString();
        return _data[start..Position].ToArray();
    }

    private void SkipHexString()
    {
        var end = _data[Position..].IndexOf((byte)'>');
        if (end < 0)
        {
            throw new FormatException("unterminated hex string");
        }

        Position += end + 1;
    }

    private static bool IsInteger(ReadOnlySpan<byte> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        foreach (var b in word)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
        }

        return true;
    }
}
