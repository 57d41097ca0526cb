using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace JobDescGen.Pdf.Rendering.Compaction;

/// <summary>
/// PDFsharp writes a character beyond the BMP into a ToUnicode CMap as its bare code point
/// (<c>&lt;1F680&gt;</c>), which readers take for U+1F68 and a stray digit; a CMap destination is
/// UTF-16BE, so the rocket must be <c>&lt;D83DDE80&gt;</c>. This rewrites such destinations.
/// </summary>
internal static partial class ToUnicodeRepair
{
    /// <summary>The CMap with every destination in UTF-16BE; the same array when nothing needed it.</summary>
    public static byte[] Repair(byte[] cmap)
    {
        if (!HasLongHexString(cmap))
        {
            // Every destination is within the BMP (the common case): nothing to rewrite.
            return cmap;
        }

        var text = Encoding.Latin1.GetString(cmap);
        var changed = false;
        var repaired = Destination().Replace(text, match =>
        {
            var hex = match.Groups[2].Value;
            if (hex.Length % 4 == 0 || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var codePoint) || codePoint is <= 0xFFFF or > 0x10FFFF)
            {
                return match.Value;
            }

            changed = true;
            var pair = char.ConvertFromUtf32(codePoint);
            return $"{match.Groups[1].Value}<{(int)pair[0]:X4}{(int)pair[1]:X4}>";
        });
        return changed ? Encoding.Latin1.GetBytes(repaired) : cmap;
    }

    /// <summary>True when some hex string holds more than four digits and not a multiple of four.</summary>
    private static bool HasLongHexString(byte[] cmap)
    {
        var digits = -1;
        foreach (var b in cmap)
        {
            if (b == (byte)'<')
            {
                digits = 0;
            }
            else if (b == (byte)'>')
            {
                if (digits > 4 && digits % 4 != 0)
                {
                    return true;
                }

                digits = -1;
            }
            else if (digits >= 0)
            {
                digits = Uri.IsHexDigit((char)b) ? digits + 1 : -1;
            }
        }

        return false;
    }

    // The last hex string of a bfrange or bfchar line: "<0F88><0F88><1F44D>" or "<0F88> <1F44D>".
    [GeneratedRegex(@"^(\s*<[0-9A-Fa-f]+>\s*(?:<[0-9A-Fa-f]+>\s*)?)<([0-9A-Fa-f]+)>", RegexOptions.Multiline)]
    private static partial Regex Destination();
}
