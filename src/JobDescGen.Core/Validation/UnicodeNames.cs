using System.Globalization;
using System.IO.Compression;

namespace JobDescGen.Validation;

/// <summary>
/// Character names from the Unicode Character Database ("ROCKET"), read once from the table shipped
/// in the tool (Validation/Unicode/names.txt.gz, its licence beside it), so a message can name a
/// character a user cannot see: <c>U+1F680 ROCKET</c>.
/// </summary>
public static class UnicodeNames
{
    private static readonly Lazy<(Dictionary<int, string> Names, List<(int First, int Last, string Label)> Ranges)> Table = new(Load);

    /// <summary>"U+1F680 ROCKET"; "U+E000 (private use)" or "U+0378 (unassigned)" where the table has no name.</summary>
    public static string Describe(int codePoint) =>
        "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture) + (Name(codePoint) is { } name ? " " + name : " (unassigned)");

    /// <summary>The character's name, or null for an unassigned code point.</summary>
    public static string? Name(int codePoint)
    {
        var (names, ranges) = Table.Value;
        if (names.TryGetValue(codePoint, out var name))
        {
            return name;
        }

        if (codePoint is >= 0xAC00 and <= 0xD7A3)
        {
            return HangulName(codePoint);
        }

        foreach (var (first, last, label) in ranges)
        {
            if (codePoint >= first && codePoint <= last)
            {
                // The Unicode rule for ideographs: the name is made from the code point.
                return label.Contains("Ideograph", StringComparison.Ordinal)
                    ? (label.Contains("Tangut", StringComparison.Ordinal) ? "TANGUT IDEOGRAPH-" : "CJK UNIFIED IDEOGRAPH-") + codePoint.ToString("X4", CultureInfo.InvariantCulture)
                    : "(" + label.Trim('<', '>').ToLowerInvariant() + ")";
            }
        }

        return null;
    }

    /// <summary>The Unicode rule for Hangul syllables: the names of the leading, vowel and trailing jamo ("HANGUL SYLLABLE HAN").</summary>
    private static string HangulName(int codePoint)
    {
        string[] leading = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
        string[] vowels = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
        string[] trailing = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];
        var index = codePoint - 0xAC00;
        return "HANGUL SYLLABLE " + leading[index / 588] + vowels[index % 588 / 28] + trailing[index % 28];
    }

    private static (Dictionary<int, string>, List<(int, int, string)>) Load()
    {
        var names = new Dictionary<int, string>();
        var ranges = new List<(int, int, string)>();
        using var stream = typeof(UnicodeNames).Assembly.GetManifestResourceStream("unicode/names.txt.gz")
            ?? throw new InvalidOperationException("the Unicode name table is missing from the tool");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
        {
            var semicolon = line.IndexOf(';', StringComparison.Ordinal);
            var code = line.AsSpan(0, semicolon);
            var dots = code.IndexOf("..", StringComparison.Ordinal);
            if (dots < 0)
            {
                names[int.Parse(code, NumberStyles.HexNumber, CultureInfo.InvariantCulture)] = line[(semicolon + 1)..];
            }
            else
            {
                ranges.Add((int.Parse(code[..dots], NumberStyles.HexNumber, CultureInfo.InvariantCulture), int.Parse(code[(dots + 2)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture), line[(semicolon + 1)..]));
            }
        }

        return (names, ranges);
    }
}
