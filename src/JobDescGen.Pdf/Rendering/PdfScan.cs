namespace JobDescGen.Pdf.Rendering;

/// <summary>
/// Finds the few places of a saved file the post-save passes change, in its bytes: a literal
/// marker is searched (vectorised), then the pattern around it is checked byte by byte. Each
/// finder matches what the regular expression in its comment would match over the file read as
/// Latin-1 (<c>\s</c> is .NET's white space), without turning the file into a string.
/// </summary>
internal static class PdfScan
{
    /// <summary>The first index of <paramref name="value"/> at or after <paramref name="start"/>, or -1.</summary>
    public static int IndexOf(ReadOnlySpan<byte> span, ReadOnlySpan<byte> value, int start)
    {
        var found = span[start..].IndexOf(value);
        return found < 0 ? -1 : start + found;
    }

    /// <summary>
    /// <c>(\d+) 0 obj\s*&lt;&lt;/Type/Metadata/Subtype/XML/Length (\d+)&gt;&gt;\s*stream</c>, first match:
    /// where it starts and where its length digits are.
    /// </summary>
    public static bool FindMetadataHeader(ReadOnlySpan<byte> pdf, out int start, out int lengthStart, out int lengthEnd)
    {
        ReadOnlySpan<byte> marker = "<</Type/Metadata/Subtype/XML/Length "u8;
        for (var at = IndexOf(pdf, marker, 0); at >= 0; at = IndexOf(pdf, marker, at + 1))
        {
            // Backwards: white space, "obj", " 0 ", digits.
            var i = at;
            while (i > 0 && IsSpace(pdf[i - 1]))
            {
                i--;
            }

            if (i < 7 || !pdf[(i - 6)..i].SequenceEqual(" 0 obj"u8) || !char.IsAsciiDigit((char)pdf[i - 7]))
            {
                continue;
            }

            start = i - 7;
            while (start > 0 && char.IsAsciiDigit((char)pdf[start - 1]))
            {
                start--;
            }

            // Forwards: digits, ">>", white space, "stream".
            lengthStart = at + marker.Length;
            lengthEnd = SkipDigits(pdf, lengthStart);
            if (lengthEnd == lengthStart || !pdf[lengthEnd..].StartsWith(">>"u8))
            {
                continue;
            }

            var j = lengthEnd + 2;
            while (j < pdf.Length && IsSpace(pdf[j]))
            {
                j++;
            }

            if (pdf[j..].StartsWith("stream"u8))
            {
                return true;
            }
        }

        start = lengthStart = lengthEnd = -1;
        return false;
    }

    /// <summary>
    /// True when <c>\nxref\r?\n0 \d+\r?\n((?:\d{10} \d{5} [nf] ?\r?\n)+)trailer</c> matches exactly
    /// once; the entries are group 1.
    /// </summary>
    public static bool FindSingleXrefTable(ReadOnlySpan<byte> pdf, out int entriesStart, out int entriesEnd)
    {
        entriesStart = entriesEnd = -1;
        var count = 0;
        for (var at = IndexOf(pdf, "\nxref"u8, 0); at >= 0; at = IndexOf(pdf, "\nxref"u8, at + 1))
        {
            var i = Newline(pdf, at + 5);
            if (i < 0 || !pdf[i..].StartsWith("0 "u8))
            {
                continue;
            }

            var digitsEnd = SkipDigits(pdf, i + 2);
            i = digitsEnd == i + 2 ? -1 : Newline(pdf, digitsEnd);
            if (i < 0)
            {
                continue;
            }

            var first = i;
            while (Entry(pdf, i) is var next && next >= 0)
            {
                i = next;
            }

            if (i == first || !pdf[i..].StartsWith("trailer"u8))
            {
                continue;
            }

            count++;
            (entriesStart, entriesEnd) = (first, i);
            at = i;
        }

        return count == 1;
    }

    /// <summary><c>startxref\r?\n(\d+)\r?\n%%EOF\s*$</c>: where the digits are.</summary>
    public static bool FindStartXref(ReadOnlySpan<byte> pdf, out int digitsStart, out int digitsEnd)
    {
        digitsStart = digitsEnd = -1;
        var at = pdf.LastIndexOf("startxref"u8);
        if (at < 0)
        {
            return false;
        }

        var i = Newline(pdf, at + 9);
        var end = i < 0 ? i : SkipDigits(pdf, i);
        if (i < 0 || end == i)
        {
            return false;
        }

        var eof = Newline(pdf, end);
        if (eof < 0 || !pdf[eof..].StartsWith("%%EOF"u8))
        {
            return false;
        }

        foreach (var b in pdf[(eof + 5)..])
        {
            if (!IsSpace(b))
            {
                return false;
            }
        }

        (digitsStart, digitsEnd) = (i, end);
        return true;
    }

    /// <summary>White space as .NET regular expressions see a Latin-1 character (<c>\s</c>).</summary>
    public static bool IsSpace(byte b) => char.IsWhiteSpace((char)b);

    public static bool IsHexDigit(byte b) => char.IsAsciiHexDigit((char)b);

    public static int SkipDigits(ReadOnlySpan<byte> span, int i)
    {
        while (i < span.Length && char.IsAsciiDigit((char)span[i]))
        {
            i++;
        }

        return i;
    }

    // "\r?\n" at i: the index after it, or -1.
    private static int Newline(ReadOnlySpan<byte> span, int i)
    {
        if (i < span.Length && span[i] == (byte)'\r')
        {
            i++;
        }

        return i < span.Length && span[i] == (byte)'\n' ? i + 1 : -1;
    }

    // "\d{10} \d{5} [nf] ?\r?\n" at i: the index after it, or -1.
    private static int Entry(ReadOnlySpan<byte> span, int i)
    {
        if (i + 18 > span.Length
            || SkipDigits(span, i) < i + 10 || span[i + 10] != (byte)' '
            || SkipDigits(span, i + 11) < i + 16 || span[i + 16] != (byte)' '
            || (span[i + 17] != (byte)'n' && span[i + 17] != (byte)'f'))
        {
            return -1;
        }

        i += 18;
        if (i < span.Length && span[i] == (byte)' ')
        {
            i++;
        }

        return Newline(span, i);
    }
}
