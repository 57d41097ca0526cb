using System.Globalization;

namespace JobDescGen.Loading.Yaml;

/// <summary>
/// Where a character of a YAML text is written in its file: as itself or as one of YAML's escapes
/// (<c>\e</c>, <c>\x9B</c>, <c>\u00A0</c>, <c>\U0001F680</c>), so a diagnostic about one character
/// points at that character, not at the start of its text.
/// </summary>
internal sealed class SourceCharacters(string text)
{
    private readonly List<int> _lineStarts = LineStarts(text);

    /// <summary>The index of a 1-based line and column, or -1 when the file has no such place.</summary>
    public int IndexOf(int line, int column) =>
        line >= 1 && line <= _lineStarts.Count ? Math.Min(text.Length, _lineStarts[line - 1] + Math.Max(0, column - 1)) : -1;

    /// <summary>The 1-based line and column of <paramref name="index"/>.</summary>
    public (int Line, int Column) LineAndColumn(int index)
    {
        var line = _lineStarts.BinarySearch(index);
        line = line >= 0 ? line : ~line - 1;
        return (line + 1, index - _lineStarts[line] + 1);
    }

    /// <summary>
    /// The first place from <paramref name="from"/> (before <paramref name="to"/>) where
    /// <paramref name="codePoint"/> is written as itself or, failing that, as an escape; -1 when neither.
    /// </summary>
    public int Find(int codePoint, int from, int to = int.MaxValue)
    {
        to = Math.Min(to, text.Length);
        if (from < 0 || from >= to)
        {
            return -1;
        }

        var window = text.AsSpan(from, to - from);
        // A lone surrogate can only be written as an escape.
        var index = codePoint is >= 0xD800 and <= 0xDFFF ? -1 : window.IndexOf(char.ConvertFromUtf32(codePoint), StringComparison.Ordinal);
        if (index < 0)
        {
            foreach (var (escape, comparison) in Escapes(codePoint))
            {
                var at = window.IndexOf(escape, comparison);
                if (at >= 0 && (index < 0 || at < index))
                {
                    index = at;
                }
            }
        }

        return index < 0 ? -1 : from + index;
    }

    // Hex digits in either case; the one-letter escapes exactly as YAML 1.2 spells them.
    private static IEnumerable<(string Text, StringComparison Comparison)> Escapes(int codePoint)
    {
        if (codePoint <= 0xFF)
        {
            yield return ("\\x" + codePoint.ToString("X2", CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase);
        }

        if (codePoint <= 0xFFFF)
        {
            yield return ("\\u" + codePoint.ToString("X4", CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase);
        }

        yield return ("\\U" + codePoint.ToString("X8", CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase);
        var letter = codePoint switch
        {
            0x00 => "0",
            0x07 => "a",
            0x08 => "b",
            0x0B => "v",
            0x0C => "f",
            0x1B => "e",
            0x85 => "N",
            0xA0 => "_",
            0x2028 => "L",
            0x2029 => "P",
            _ => null,
        };
        if (letter is not null)
        {
            yield return ("\\" + letter, StringComparison.Ordinal);
        }
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }
}
