namespace JobDescGen.Pdf.Hyphenation;

/// <summary>
/// Liang's hyphenation patterns: letter sequences with the odd (break) or even (no break) values
/// between their letters. Applied to ".word.", the highest value of any matching pattern wins at
/// each position, and odd values mark places where the word may be hyphenated.
/// </summary>
/// <remarks>
/// A language has tens of thousands of patterns, read when its first document is written: they are
/// packed into a few arrays (letters, values, an open-addressing table of entries) rather than a
/// string and an array each, which made reading them the slowest part of a cold start.
/// </remarks>
internal sealed class LiangPatterns
{
    private char[] _letters;
    private byte[] _values;
    private Entry[] _entries;
    private int[] _table;
    private int _lettersUsed;
    private int _valuesUsed;

    /// <summary>Empty patterns that grow as they are added.</summary>
    public LiangPatterns()
        : this(256, 4096)
    {
    }

    /// <summary>
    /// Empty patterns sized for about <paramref name="patterns"/> patterns of <paramref name="letters"/>
    /// letters in all: a pattern file's size gives both, and arrays made once at their size do not
    /// grow, copy and rehash tens of thousands of entries step by step (a third of a cold start's
    /// pattern reading went to that).
    /// </summary>
    public LiangPatterns(int patterns, int letters)
    {
        patterns = Math.Max(patterns, 16);
        _letters = new char[Math.Max(letters, 64)];
        _values = new byte[Math.Max(letters + patterns, 64)];
        _entries = new Entry[patterns];
        _table = new int[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)patterns * 2)];
    }

    public int LongestPattern { get; private set; }

    public int Count { get; private set; }

    /// <summary>Adds "a1b2c" style pattern text; a letter sequence given twice keeps the higher values.</summary>
    public void Add(string pattern) => Add(pattern.AsSpan());

    /// <inheritdoc cref="Add(string)"/>
    public void Add(ReadOnlySpan<char> pattern)
    {
        Span<char> letters = pattern.Length <= 256 ? stackalloc char[pattern.Length] : new char[pattern.Length];
        Span<byte> values = pattern.Length <= 256 ? stackalloc byte[pattern.Length + 1] : new byte[pattern.Length + 1];
        var length = 0;
        values[0] = 0;
        foreach (var c in pattern)
        {
            if (c is >= '0' and <= '9')
            {
                values[length] = (byte)(c - '0');
            }
            else
            {
                letters[length++] = char.ToLowerInvariant(c);
                values[length] = 0;
            }
        }

        if (length == 0)
        {
            return;
        }

        letters = letters[..length];
        values = values[..(length + 1)];
        var hash = string.GetHashCode(letters);
        var found = Find(letters, hash);
        if (found >= 0)
        {
            var existing = _values.AsSpan(_entries[found].Values, length + 1);
            for (var i = 0; i < existing.Length; i++)
            {
                existing[i] = Math.Max(existing[i], values[i]);
            }
        }
        else
        {
            Insert(letters, values, hash);
        }

        LongestPattern = Math.Max(LongestPattern, length);
    }

    /// <summary>
    /// The value between each pair of letters of <paramref name="word"/> (lower case): element k is
    /// the value between word[k-1] and word[k]; odd means a break is allowed there.
    /// </summary>
    public byte[] Values(ReadOnlySpan<char> word)
    {
        Span<char> framed = word.Length <= 256 ? stackalloc char[word.Length + 2] : new char[word.Length + 2];
        framed[0] = '.';
        word.CopyTo(framed[1..]);
        framed[^1] = '.';

        var values = new byte[framed.Length + 1];
        for (var start = 0; start < framed.Length; start++)
        {
            var maxLength = Math.Min(LongestPattern, framed.Length - start);
            for (var length = 1; length <= maxLength; length++)
            {
                var letters = framed.Slice(start, length);
                var found = Find(letters, string.GetHashCode(letters));
                if (found >= 0)
                {
                    var pattern = _values.AsSpan(_entries[found].Values, length + 1);
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

    /// <summary>The entry of <paramref name="letters"/>, or -1.</summary>
    private int Find(ReadOnlySpan<char> letters, int hash)
    {
        var mask = _table.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var entry = _table[slot] - 1;
            if (entry < 0)
            {
                return -1;
            }

            ref readonly var candidate = ref _entries[entry];
            if (candidate.Hash == hash && _letters.AsSpan(candidate.Letters, candidate.Length).SequenceEqual(letters))
            {
                return entry;
            }
        }
    }

    private void Insert(ReadOnlySpan<char> letters, ReadOnlySpan<byte> values, int hash)
    {
        Grow(ref _letters, _lettersUsed + letters.Length);
        Grow(ref _values, _valuesUsed + values.Length);
        letters.CopyTo(_letters.AsSpan(_lettersUsed));
        values.CopyTo(_values.AsSpan(_valuesUsed));
        if (Count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        _entries[Count] = new Entry(_lettersUsed, letters.Length, _valuesUsed, hash);
        _lettersUsed += letters.Length;
        _valuesUsed += values.Length;
        Count++;

        // At most half full, so a probe ends soon.
        if (Count * 2 > _table.Length)
        {
            _table = new int[_table.Length * 2];
            for (var i = 0; i < Count; i++)
            {
                Place(i);
            }
        }
        else
        {
            Place(Count - 1);
        }
    }

    private void Place(int entry)
    {
        var mask = _table.Length - 1;
        var slot = _entries[entry].Hash & mask;
        while (_table[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        _table[slot] = entry + 1;
    }

    private static void Grow<T>(ref T[] array, int needed)
    {
        if (needed > array.Length)
        {
            Array.Resize(ref array, Math.Max(needed, array.Length * 2));
        }
    }

    /// <summary>Where a pattern's letters and values are in the packed arrays.</summary>
    private readonly record struct Entry(int Letters, int Length, int Values, int Hash);
}
