namespace JobDescGen.Pdf.Rendering.Compaction;

/// <summary>
/// Writes content-stream operations, one a line, with the fewest separators that keep the tokens
/// apart: a space only where a number, keyword or operator follows another regular character.
/// </summary>
internal sealed class ContentWriter(ByteBuffer output)
{
    public ByteBuffer Output => output;

    /// <summary>An operation as parsed from <paramref name="content"/>.</summary>
    public void Write(ReadOnlySpan<byte> content, ContentOperation operation, List<ContentOperand> operands)
    {
        for (var i = 0; i < operation.OperandCount; i++)
        {
            Operand(content, operands[operation.FirstOperand + i]);
        }

        Operator(operation.Operator);
    }

    public void Operand(ReadOnlySpan<byte> content, ContentOperand operand)
    {
        if (operand.Compound is { } value)
        {
            Value(value);
            return;
        }

        var bytes = content[operand.Start..operand.End];
        Token(bytes);
    }

    /// <summary>A simple value: a number, a name, a string.</summary>
    public void Token(ReadOnlySpan<byte> bytes)
    {
        if (bytes[0] is not ((byte)'/' or (byte)'(' or (byte)'<'))
        {
            Separate();
        }

        output.Add(bytes);
    }

    public void Value(PdfValue value)
    {
        if (value.NeedsSpaceBefore)
        {
            Separate();
        }

        value.WriteTo(output);
    }

    public void Number(double value)
    {
        Separate();
        output.AddNumber(value);
    }

    public void Operator(string op)
    {
        Separate();
        output.AddAscii(op);
        output.Add((byte)'\n');
    }

    /// <summary>Bytes written as they are: a prepared line, or the start of an array.</summary>
    public void Raw(ReadOnlySpan<byte> bytes) => output.Add(bytes);

    private void Separate()
    {
        if (output.Count > 0 && output.Last is not ((byte)'\n' or (byte)')' or (byte)'>' or (byte)']'))
        {
            output.Add((byte)' ');
        }
    }
}
