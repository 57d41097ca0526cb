namespace JobDescGen.Pdf.Hyphenation;

/// <summary>
/// Liang's hyphenation patterns: letter sequences with the odd (break) or even (no break) values
/// between their letters. Applied to ".word.", the highest value of any matching pattern wins at
/// each position, and odd values mark places where the word may be hyphenated.
/// </summary>
internal sealed class LiangPatterns
{
    private readonly Dictionary<string, byte[]> _patterns = new(StringComparer.Ordinal);
    private Dictionary<string, byte[]>.AlternateLookup<ReadOnlySpan<char>>? _lookup;

    public int LongestPattern { get; private set; }

    public int Count => _patterns.Count;

    /// <summary>Adds "a1b2c" style pattern text; a letter sequence given twice keeps the higher values.</summary>
    public void Add(string pattern)
    {
        var letters = new System.Text.StringBuilder(pattern.Length);
        var values = new List<byte> { 0 };
        foreach (var c in pattern)
        {
            if (c is >= '0' and <= '9')
            {
                values[^1] = (byte)(c - '0');
            }
            else
            {
                letters.Append(char.ToLowerInvariant(c));
                values.Add(0);
            }
        }

        var key = letters.ToString();
        if (key.Length == 0)
        {
            return;
        }

        if (_patterns.TryGetValue(key, out var existing))
        {
            for (var i = 0; i < existing.Length; i++)
            {
                existing[i] = Math.Max(existing[i], values[i]);
            }
        }
        else
        {
            _patterns[key] = [.. values];
        }

        LongestPattern = Math.Max(LongestPattern, key.Length);
        _lookup = null;
    }

    /// <summary>
    /// The value between each pair of letters of <paramref name="word"/> (lower case): element k is
    /// the value between word[k-1] and word[k]; odd means a break is allowed there.
    /// </summary>
    public byte[] Values(ReadOnlySpan<char> word)
    {
        var lookup = _lookup ??= _patterns.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> framed = stackalloc char[word.Length + 2];
        framed[0] = '.';
        word.CopyTo(framed[1..]);
        framed[^1] = '.';

        var values = new byte[framed.Length + 1];
        for (var start = 0; start < framed.Length; start++)
        {
            var maxLength = Math.Min(LongestPattern, framed.Length - start);
            for (var length = 1; length <= maxLength; length++)
            {
                if (lookup.TryGetValue(framed.Slice(start, length), out var pattern))
                {
                    for (var i = 0; i < pattern.Length; i++)
                    {
                        values[start + i] = Math.Max(values[start + i], pattern[i]);
                    }
                }
            }
        }

        // values[p] lies between framed[p-1] and framed[p]; between word[k-1] and word[k] is values[k+1].
        return values[1..^1];
    }
}
