using System.Security.Cryptography;
using System.Text;

namespace JobDescGen.Pdf.Rendering;

/// <summary>
/// Replaces what PDFsharp randomises on every save (the trailer /ID, the XMP document and instance
/// ids, the six-letter font-subset tags) with values derived from the rest of the file. Each value
/// keeps its length, so the cross-reference offsets stay right.
/// </summary>
internal static class ReproducibleOutput
{
    /// <summary>Pins the random values of <paramref name="pdf"/> in place and returns it.</summary>
    public static byte[] Pin(byte[] pdf)
    {
        Pin(pdf.AsSpan());
        return pdf;
    }

    /// <summary>Pins the random values of <paramref name="pdf"/> in place.</summary>
    public static void Pin(Span<byte> pdf)
    {
        var matches = new List<(int Index, int Length, Kind Kind, string Key)>();
        // Each random value gets a key that does not depend on it: the XMP id's place, the subset's font name.
        TrailerIds(pdf, matches);
        XmpUuids(pdf, matches);
        SubsetTags(pdf, matches);

        // The fingerprint of the content with every random value blanked out.
        foreach (var (index, length, _, _) in matches)
        {
            pdf.Slice(index, length).Fill((byte)'0');
        }

        var seed = SHA256.HashData(pdf);
        var hex = Convert.ToHexString(seed);
        foreach (var (index, length, kind, key) in matches)
        {
            // Same key, same replacement: a subset tag names one font in several places.
            var derived = SHA256.HashData([.. seed, .. Encoding.ASCII.GetBytes(kind + key)]);
            var target = pdf.Slice(index, length);
            switch (kind)
            {
                case Kind.Hex:
                    Encoding.ASCII.GetBytes(hex.AsSpan(0, length), target);
                    break;
                case Kind.Uuid:
                    Encoding.ASCII.GetBytes(new Guid(derived.AsSpan(0, 16)).ToString("D").AsSpan(0, length), target);
                    break;
                default:
                    for (var i = 0; i < length; i++)
                    {
                        target[i] = (byte)('A' + (derived[i] % 26));
                    }

                    break;
            }
        }
    }

    // /ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]: both groups of every match.
    private static void TrailerIds(ReadOnlySpan<byte> pdf, List<(int, int, Kind, string)> matches)
    {
        for (var at = PdfScan.IndexOf(pdf, "/ID"u8, 0); at >= 0; at = PdfScan.IndexOf(pdf, "/ID"u8, at + 1))
        {
            var i = SkipSpace(pdf, at + 3);
            if (i >= pdf.Length || pdf[i] != (byte)'[')
            {
                continue;
            }

            i = SkipSpace(pdf, i + 1);
            var (first, firstEnd) = HexString(pdf, i);
            if (first < 0)
            {
                continue;
            }

            i = SkipSpace(pdf, firstEnd + 1);
            var (second, secondEnd) = HexString(pdf, i);
            if (second < 0)
            {
                continue;
            }

            i = SkipSpace(pdf, secondEnd + 1);
            if (i >= pdf.Length || pdf[i] != (byte)']')
            {
                continue;
            }

            matches.Add((first, firstEnd - first, Kind.Hex, string.Empty));
            matches.Add((second, secondEnd - second, Kind.Hex, string.Empty));
            at = i;
        }
    }

    // uuid:([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}): group 1 of every match, keyed by its number.
    private static void XmpUuids(ReadOnlySpan<byte> pdf, List<(int, int, Kind, string)> matches)
    {
        var count = 0;
        for (var at = PdfScan.IndexOf(pdf, "uuid:"u8, 0); at >= 0; at = PdfScan.IndexOf(pdf, "uuid:"u8, at + 1))
        {
            var start = at + 5;
            if (start + 36 > pdf.Length || !IsUuid(pdf.Slice(start, 36)))
            {
                continue;
            }

            matches.Add((start, 36, Kind.Uuid, count++.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            at = start + 35;
        }
    }

    // /([A-Z]{6})\+([A-Za-z0-9,_-]+): group 1 of every match, keyed by group 2 (the font name).
    private static void SubsetTags(ReadOnlySpan<byte> pdf, List<(int, int, Kind, string)> matches)
    {
        for (var plus = PdfScan.IndexOf(pdf, "+"u8, 0); plus >= 0; plus = PdfScan.IndexOf(pdf, "+"u8, plus + 1))
        {
            if (plus < 7 || pdf[plus - 7] != (byte)'/' || !IsTag(pdf.Slice(plus - 6, 6)))
            {
                continue;
            }

            var end = plus + 1;
            while (end < pdf.Length && IsNameByte(pdf[end]))
            {
                end++;
            }

            if (end > plus + 1)
            {
                matches.Add((plus - 6, 6, Kind.Tag, Encoding.ASCII.GetString(pdf[(plus + 1)..end])));
                plus = end - 1;
            }
        }
    }

    private static int SkipSpace(ReadOnlySpan<byte> pdf, int i)
    {
        while (i < pdf.Length && PdfScan.IsSpace(pdf[i]))
        {
            i++;
        }

        return i;
    }

    // <hex digits> at i: the digits' start and the index of the closing '>', or -1.
    private static (int Start, int End) HexString(ReadOnlySpan<byte> pdf, int i)
    {
        if (i >= pdf.Length || pdf[i] != (byte)'<')
        {
            return (-1, -1);
        }

        var end = i + 1;
        while (end < pdf.Length && PdfScan.IsHexDigit(pdf[end]))
        {
            end++;
        }

        return end > i + 1 && end < pdf.Length && pdf[end] == (byte)'>' ? (i + 1, end) : (-1, -1);
    }

    private static bool IsUuid(ReadOnlySpan<byte> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var ok = i is 8 or 13 or 18 or 23 ? text[i] == (byte)'-' : PdfScan.IsHexDigit(text[i]);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTag(ReadOnlySpan<byte> text)
    {
        foreach (var b in text)
        {
            if (b is < (byte)'A' or > (byte)'Z')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNameByte(byte b) => char.IsAsciiLetterOrDigit((char)b) || b is (byte)',' or (byte)'_' or (byte)'-';

    private enum Kind
    {
        Hex,
        Uuid,
        Tag,
    }
}
