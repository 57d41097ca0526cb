namespace JobDescGen.Pdf.Hyphenation;

/// <summary>
/// The hyphenator of the document being laid out on this thread: the writer enters a scope with the
/// document's language, and paragraphs made inside it hyphenate in that language.
/// </summary>
internal static class HyphenationScope
{
    [ThreadStatic]
    private static Hyphenator? t_current;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), Hyphenator?> Hyphenators = new();

    public static Hyphenator? Current => t_current;

    /// <summary>
    /// Makes the hyphenator of <paramref name="language"/> (with <paramref name="exceptions"/>, the
    /// theme's list for it) current until the returned scope is disposed; none when
    /// <paramref name="enabled"/> is false or no patterns are bundled for the language.
    /// </summary>
    public static IDisposable Enter(string? language, string? exceptions, bool enabled = true)
    {
        var previous = t_current;
        t_current = enabled && language is not null ? Get(language, exceptions ?? string.Empty) : null;
        return new Exit(previous);
    }

    private static Hyphenator? Get(string language, string exceptions) =>
        Hyphenators.GetOrAdd((HyphenationPatterns.LanguageCode(language), exceptions), key =>
            HyphenationPatterns.For(key.Item1) is { } patterns ? new Hyphenator(patterns, Hyphenator.ParseExceptions(key.Item2)) : null);

    private sealed class Exit(Hyphenator? previous) : IDisposable
    {
        public void Dispose() => t_current = previous;
    }
}
