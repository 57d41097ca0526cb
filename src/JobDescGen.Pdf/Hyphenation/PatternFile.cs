using System.Text;

namespace JobDescGen.Pdf.Hyphenation;

/// <summary>
/// Reads a libhyphen pattern file (LibreOffice's hyph_*.dic): the character set on the first line,
/// then LEFTHYPHENMIN/RIGHTHYPHENMIN and other option lines, comments (% or #) and one Liang pattern
/// a line. Both levels of a NEXTLEVEL file are read as one set; non-standard patterns (with '/') are
/// left out.
/// </summary>
internal static class PatternFile
{
    public static LiangPatterns Parse(byte[] file)
    {
        var firstLineEnd = Array.IndexOf(file, (byte)'\n');
        var charset = Encoding.ASCII.GetString(file, 0, firstLineEnd < 0 ? file.Length : firstLineEnd).Trim();
        var encoding = charset.Equals("UTF-8", StringComparison.OrdinalIgnoreCase) ? Encoding.UTF8 : Encoding.Latin1;
        var text = encoding.GetString(file, firstLineEnd + 1, file.Length - firstLineEnd - 1);

        var patterns = new LiangPatterns();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '%' or '#' || line.Contains('/', StringComparison.Ordinal) || IsOption(line))
            {
                continue;
            }

            patterns.Add(line);
        }

        return patterns;
    }

    private static bool IsOption(string line) =>
        line.StartsWith("LEFTHYPHENMIN", StringComparison.Ordinal) || line.StartsWith("RIGHTHYPHENMIN", StringComparison.Ordinal)
        || line.StartsWith("COMPOUND", StringComparison.Ordinal) || line.StartsWith("NEXTLEVEL", StringComparison.Ordinal)
        || line.StartsWith("NOHYPHEN", StringComparison.Ordinal);
}
