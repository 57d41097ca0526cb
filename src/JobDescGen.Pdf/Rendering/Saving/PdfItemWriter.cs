using System.Globalization;
using ByteBuffer = JobDescGen.Pdf.Rendering.Compaction.ByteBuffer;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Internal;

namespace JobDescGen.Pdf.Rendering.Saving;

/// <summary>
/// Writes PDFsharp's objects as its PdfWriter does in its compact layout (the release default):
/// the same tokens, and a space between two tokens only where both are words (a number, a name's
/// end, a reference) — so the bytes are those <c>PdfDocument.Save</c> writes. Strings go through
/// PDFsharp's own public encoders.
/// </summary>
internal sealed class PdfItemWriter(ByteBuffer output)
{
    private Category _last = Category.NewLine;

    private enum Category
    {
        NewLine,
        Character,
        Delimiter,
    }

    public ByteBuffer Output => output;

    public int Position => output.Count;

    /// <summary>Bytes as they are; what follows is separated by the category of the last one.</summary>
    public void Raw(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return;
        }

        output.Add(bytes);
        _last = CategoryOf(bytes[^1]);
    }

    /// <summary>A string of characters below 256, one byte each (PDFsharp's raw encoding).</summary>
    public void Raw(string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        var bytes = output.Reserve(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            bytes[i] = (byte)text[i];
        }

        output.Advance(text.Length);
        _last = CategoryOf((byte)text[^1]);
    }

    /// <summary>An end of line unless the last byte was one.</summary>
    public void NewLine()
    {
        if (_last != Category.NewLine)
        {
            Raw("\n"u8);
        }
    }

    public void Write(PdfItem item)
    {
        switch (item)
        {
            case PdfReference reference:
                Word();
                output.AddInteger(reference.ObjectNumber);
                output.Add((byte)' ');
                output.AddInteger(reference.GenerationNumber);
                output.Add(" R"u8);
                break;
            case PdfName name:
                Name(name.Value);
                break;
            case PdfString text:
                Separate(Category.Delimiter);
                Raw(text.HexLiteral
                    ? PdfEncoders.ToHexStringLiteral(text.Value, text.Encoding, null)
                    : PdfEncoders.ToStringLiteral(text.Value, text.Encoding, null));
                _last = Category.Delimiter;
                break;
            case PdfInteger integer:
                Word();
                output.AddInteger(integer.Value);
                break;
            case PdfLongInteger integer:
                Word();
                output.AddInteger(integer.Value);
                break;
            case PdfReal real:
                Word();
                output.AddAscii(real.Value.ToString("0.#######", CultureInfo.InvariantCulture));
                break;
            case PdfBoolean boolean:
                Word();
                output.Add(boolean.Value ? "true"u8 : "false"u8);
                break;
            case PdfNull:
                Raw(" null "u8);
                break;
            case PdfLiteral literal:
                if (literal.Value.Length > 0)
                {
                    Separate(CategoryOf((byte)literal.Value[0]));
                    Raw(literal.Value);
                }

                break;
            case PdfRectangle rectangle:
                Separate(Category.Delimiter);
                Raw(string.Create(CultureInfo.InvariantCulture, $"[{rectangle.X1:0.###} {rectangle.Y1:0.###} {rectangle.X2:0.###} {rectangle.Y2:0.###}]"));
                break;
            case PdfDate date:
                Separate(Category.Delimiter);
                Raw(PdfEncoders.FormatStringLiteral(PdfEncoders.DocEncoding.GetBytes(date.ToString()), false, false, false, null));
                _last = Category.Delimiter;
                break;
            case PdfContents { Elements.Count: 1 } contents:
                // PDFsharp writes a page's single content stream as its reference, not an array of one.
                Write(contents.Elements[0]);
                break;
            case PdfObject { IsIndirect: true }:
                throw new NotSupportedException($"an indirect {item.GetType().Name} inside another object");
            case PdfArray array:
                Raw("["u8);
                foreach (var element in array.Elements)
                {
                    Write(element);
                }

                Raw("]"u8);
                break;
            case PdfDictionary dictionary:
                Raw("<<"u8);
                Entries(dictionary);
                Raw(">>"u8);
                break;
            default:
                throw new NotSupportedException($"a {item.GetType().Name} in a PDF object");
        }
    }

    /// <summary>A dictionary's keys and values, in PDFsharp's order.</summary>
    public void Entries(PdfDictionary dictionary)
    {
        foreach (var (key, value) in dictionary.Elements)
        {
            Name(key);
            Write(value ?? throw new NotSupportedException($"no value for {key}"));
        }
    }

    /// <summary>
    /// A name: characters above 126 as their UTF-8 bytes, then every byte that is not a regular
    /// character of a name as #XX, upper case.
    /// </summary>
    private void Name(string name)
    {
        Separate(Category.Delimiter);
        output.Add((byte)'/');
        var utf8 = false;
        for (var i = 1; i < name.Length; i++)
        {
            utf8 |= name[i] > 126;
        }

        if (utf8)
        {
            foreach (var b in System.Text.Encoding.UTF8.GetBytes(name.AsSpan(1).ToString()))
            {
                NameByte(b);
            }
        }
        else
        {
            for (var i = 1; i < name.Length; i++)
            {
                NameByte((byte)name[i]);
            }
        }

        _last = Category.Character;
    }

    private void NameByte(byte b)
    {
        if (b > (byte)' ' && b <= 126 && b is not ((byte)'%' or (byte)'/' or (byte)'<' or (byte)'>' or (byte)'(' or (byte)')' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'#'))
        {
            output.Add(b);
            return;
        }

        output.Add((byte)'#');
        output.Add((byte)"0123456789ABCDEF"[b >> 4]);
        output.Add((byte)"0123456789ABCDEF"[b & 0xF]);
    }

    /// <summary>A word (number, reference, keyword): a space first when the last token was a word too.</summary>
    private void Word()
    {
        Separate(Category.Character);
        _last = Category.Character;
    }

    private void Separate(Category next)
    {
        if (_last == Category.Character && next == Category.Character)
        {
            output.Add((byte)' ');
        }
    }

    private static Category CategoryOf(byte b) => b switch
    {
        (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%' => Category.Delimiter,
        (byte)'\n' => Category.NewLine,
        _ => Category.Character,
    };
}
