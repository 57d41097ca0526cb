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

    // The last hex string of a bfrange or bfchar line: "<0F88><0F88><1F44D>" or "<0F88> <1F44D>".
    [GeneratedRegex(@"^(\s*<[0-9A-Fa-f]+>\s*(?:<[0-9A-Fa-f]+>\s*)?)<([0-9A-Fa-f]+)>", RegexOptions.Multiline)]
    private static partial Regex Destination();
}
