using System.Collections.Concurrent;

namespace JobDescGen.Pdf.Hyphenation;

/// <summary>
/// Where one language's words may be hyphenated: Liang patterns, overridden by an exceptions list,
/// keeping at least <see cref="MinBefore"/> letters before a break and <see cref="MinAfter"/> after it.
/// </summary>
internal sealed class Hyphenator
{
    public const int MinBefore = 2;
    public const int MinAfter = 3;

    private const int MaxCachedWords = 20_000;

    private readonly ConcurrentDictionary<string, int[]> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _cacheBySpan;
    private readonly LiangPatterns _patterns;
    private readonly IReadOnlyDictionary<string, int[]> _exceptions;

    public Hyphenator(LiangPatterns patterns, IReadOnlyDictionary<string, int[]> exceptions)
    {
        _patterns = patterns;
        _exceptions = exceptions;
        _cacheBySpan = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The points of a word that is part of a longer text: a word met before is looked up without
    /// making a string of it (most words of a document are).
    /// </summary>
    public int[] Points(ReadOnlySpan<char> word) =>
        word.Length >= MinBefore + MinAfter && _cacheBySpan.TryGetValue(word, out var cached) ? cached : Points(word.ToString());

    /// <summary>
    /// The offsets in <paramref name="word"/> (letters only) before which it may be broken with a
    /// hyphen, in increasing order.
    /// </summary>
    public int[] Points(string word)
    {
        if (word.Length < MinBefore + MinAfter)
        {
            return [];
        }

        if (_cache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var lower = word.ToLowerInvariant();
        int[] points;
        if (_exceptions.TryGetValue(lower, out var listed))
        {
            points = listed;
        }
        else
        {
            var values = _patterns.Values(lower);
            var found = new List<int>();
            for (var k = MinBefore; k <= word.Length - MinAfter; k++)
            {
                if (values[k] % 2 == 1)
                {
                    found.Add(k);
                }
            }

            points = [.. found];
        }

        if (_cache.Count >= MaxCachedWords)
        {
            _cache.Clear();
        }

        _cache[word] = points;
        return points;
    }

    /// <summary>
    /// Reads an exceptions list: words separated by white space or commas, each written with hyphens
    /// where it may be broken ("coör-di-na-tor"); a word without hyphens is never broken.
    /// </summary>
    public static Dictionary<string, int[]> ParseExceptions(string? list)
    {
        var result = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var entry in (list ?? string.Empty).Split([' ', ',', '\n', '\t', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            var points = new List<int>();
            var letters = new System.Text.StringBuilder();
            foreach (var c in entry)
            {
                if (c == '-')
                {
                    points.Add(letters.Length);
                }
                else
                {
                    letters.Append(char.ToLowerInvariant(c));
                }
            }

            result[letters.ToString()] = [.. points.Where(p => p > 0 && p < letters.Length)];
        }

        return result;
    }
}
