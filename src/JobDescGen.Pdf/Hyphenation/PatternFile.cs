using System.Text;

namespace JobDescGen.Pdf.Hyphenation;

/// <summary>
/// Reads a libhyphen pattern file (LibreOffice's hyph_*.dic): the character set on the first line,
/// then LEFTHYPHENMIN/RIGHTHYPHENMIN and other option lines, comments (% or #) and one Liang pattern
/// a line. Both levels of a NEXTLEVEL file are read as one set; non-standard patterns (with '/') are
/// left out. Lines are read as spans of the decoded text: no string per line.
/// </summary>
internal static class PatternFile
{
    public static LiangPatterns Parse(byte[] file)
    {
        var firstLineEnd = Array.IndexOf(file, (byte)'\n');
        var charset = Encoding.ASCII.GetString(file, 0, firstLineEnd < 0 ? file.Length : firstLineEnd).Trim();
        var encoding = charset.Equals("UTF-8", StringComparison.OrdinalIgnoreCase) ? Encoding.UTF8 : Encoding.Latin1;
        var text = encoding.GetString(file, firstLineEnd + 1, file.Length - firstLineEnd - 1).AsSpan();

        // At most one pattern a line, and fewer letters than characters: the arrays never grow.
        var patterns = new LiangPatterns(text.Count('\n') + 1, text.Length);
        while (text.Length > 0)
        {
            var end = text.IndexOf('\n');
            var line = (end < 0 ? text : text[..end]).Trim();
            text = end < 0 ? [] : text[(end + 1)..];
            if (line.Length == 0 || line[0] is '%' or '#' || line.Contains('/') || IsOption(line))
            {
                continue;
            }

            patterns.Add(line);
        }

        return patterns;
    }

    private static bool IsOption(ReadOnlySpan<char> line) =>
        line.StartsWith("LEFTHYPHENMIN", StringComparison.Ordinal) || line.StartsWith("RIGHTHYPHENMIN", StringComparison.Ordinal)
        || line.StartsWith("COMPOUND", StringComparison.Ordinal) || line.StartsWith("NEXTLEVEL", StringComparison.Ordinal)
        || line.StartsWith("NOHYPHEN", StringComparison.Ordinal);
}
