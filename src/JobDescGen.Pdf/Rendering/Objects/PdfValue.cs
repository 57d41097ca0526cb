using System.Text;

namespace JobDescGen.Pdf.Rendering.Objects;

/// <summary>
/// A PDF value as the document assembler builds it: dictionaries and arrays hold values, every
/// other value (number, name, string, boolean, null) is the bytes it is written as.
/// </summary>
internal abstract record PdfValue
{
    public abstract void WriteTo(ByteBuffer output);

    /// <summary>True when writing this value after a token needs a space to keep the two apart.</summary>
    public virtual bool NeedsSpaceBefore => true;
}

/// <summary>A value kept as written: a number, a name, a string, true, false or null.</summary>
internal sealed record PdfToken(byte[] Bytes) : PdfValue
{
    public static PdfToken Of(string text) => new(Encoding.ASCII.GetBytes(text));

    public override bool NeedsSpaceBefore => Bytes.Length > 0 && Bytes[0] is not ((byte)'/' or (byte)'(' or (byte)'<');

    /// <summary>A number rounded to four decimals, without trailing zeros ("12.5", "-3").</summary>
    public static PdfToken Number(double value)
    {
        Span<byte> digits = stackalloc byte[32];
        return new(digits[..PdfNumber.Format(value, digits)].ToArray());
    }

    public override void WriteTo(ByteBuffer output) => output.Add(Bytes);
}

/// <summary>An indirect reference "N G R".</summary>
internal sealed record PdfReference(int Number, int Generation) : PdfValue
{
    public override void WriteTo(ByteBuffer output)
    {
        output.AddInteger(Number);
        output.Add((byte)' ');
        output.AddInteger(Generation);
        output.Add(" R"u8);
    }
}

/// <summary>An array.</summary>
internal sealed record PdfArray(List<PdfValue> Items) : PdfValue
{
    public override bool NeedsSpaceBefore => false;

    public override void WriteTo(ByteBuffer output)
    {
        output.Add((byte)'[');
        PdfValueWriter.WriteSequence(Items, output);
        output.Add((byte)']');
    }
}

/// <summary>A dictionary, its keys in file order (names without the slash).</summary>
internal sealed record PdfDictionary(List<KeyValuePair<string, PdfValue>> Entries) : PdfValue
{
    public override bool NeedsSpaceBefore => false;

    public PdfValue? this[string key]
    {
        get
        {
            foreach (var entry in Entries)
            {
                if (entry.Key == key)
                {
                    return entry.Value;
                }
            }

            return null;
        }
    }

    public void Set(string key, PdfValue value)
    {
        for (var i = 0; i < Entries.Count; i++)
        {
            if (Entries[i].Key == key)
            {
                Entries[i] = new(key, value);
                return;
            }
        }

        Entries.Add(new(key, value));
    }

    public override void WriteTo(ByteBuffer output)
    {
        output.Add((byte)'<');
        output.Add((byte)'<');
        foreach (var (key, value) in Entries)
        {
            output.Add((byte)'/');
            output.AddAscii(key);
            if (value.NeedsSpaceBefore)
            {
                output.Add((byte)' ');
            }

            value.WriteTo(output);
        }

        output.Add((byte)'>');
        output.Add((byte)'>');
    }
}
