using System.Globalization;

namespace JobDescGen.Pdf.Rendering.Objects;

/// <summary>
/// Numbers as the PDF writer writes them: rounded to four decimals, without trailing zeros ("12.5",
/// "-3"), exactly as <c>Math.Round(value, 4).ToString("0.####")</c> would, but without the custom
/// format's parsing (a page has thousands of positions and kerning adjustments).
/// </summary>
internal static class PdfNumber
{
    // Below this, a number's four decimals and its integer part fit in 15 significant digits, so
    // the custom format and the scaled integer give the same digits.
    private const double FastLimit = 1e9;

    /// <summary>Writes <paramref name="value"/> into <paramref name="destination"/> (32 bytes are enough) and returns the length.</summary>
    public static int Format(double value, Span<byte> destination)
    {
        var rounded = Math.Round(value, 4);
        var scaled = Math.Round(rounded * 10000);
        if (scaled == 0 || !(Math.Abs(rounded) < FastLimit))
        {
            // Zero keeps the format's own sign rules; huge values and NaN take the slow path.
            return Slow(rounded, destination);
        }

        var units = (long)scaled;
        var at = 0;
        if (units < 0)
        {
            destination[at++] = (byte)'-';
            units = -units;
        }

        var whole = units / 10000;
        var fraction = (int)(units % 10000);
        System.Buffers.Text.Utf8Formatter.TryFormat(whole, destination[at..], out var written);
        at += written;
        if (fraction != 0)
        {
            destination[at++] = (byte)'.';
            var divisor = 1000;
            while (fraction != 0)
            {
                destination[at++] = (byte)('0' + (fraction / divisor));
                fraction %= divisor;
                divisor /= 10;
            }
        }

        return at;
    }

    /// <summary>The format itself: the reference for <see cref="Format"/>.</summary>
    private static int Slow(double rounded, Span<byte> destination)
    {
        if (!Math.Round(rounded, 4).TryFormat(destination, out var written, "0.####", CultureInfo.InvariantCulture))
        {
            throw new FormatException($"{rounded} does not fit a PDF number");
        }

        return written;
    }
}
