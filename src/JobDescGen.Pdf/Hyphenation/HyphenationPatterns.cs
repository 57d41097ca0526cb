using System.Collections.Concurrent;
using System.Reflection;

namespace JobDescGen.Pdf.Hyphenation;

/// <summary>The bundled pattern files (Patterns/), read once per language when a document first needs them.</summary>
internal static class HyphenationPatterns
{
    private static readonly Assembly Assembly = typeof(HyphenationPatterns).Assembly;
    private static readonly ConcurrentDictionary<string, Lazy<LiangPatterns?>> Loaded = new(StringComparer.Ordinal);

    /// <summary>The languages with bundled patterns.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["nl", "fr", "de", "en"];

    /// <summary>The patterns of <paramref name="language"/> ("nl", or a locale such as "nl-BE"), or null when none are bundled.</summary>
    public static LiangPatterns? For(string language)
    {
        var code = LanguageCode(language);
        return Languages.Contains(code) ? Loaded.GetOrAdd(code, c => new Lazy<LiangPatterns?>(() => Load(c))).Value : null;
    }

    /// <summary>"nl-BE" and "nl_NL" are "nl".</summary>
    public static string LanguageCode(string language) => language.Split('-', '_')[0].ToLowerInvariant();

    private static LiangPatterns? Load(string code)
    {
        using var stream = Assembly.GetManifestResourceStream($"hyphenation/hyph_{code}.dic");
        if (stream is null)
        {
            return null;
        }

        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return PatternFile.Parse(bytes);
    }
}
