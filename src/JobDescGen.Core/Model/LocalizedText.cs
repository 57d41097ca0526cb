using JobDescGen.Diagnostics;

namespace JobDescGen.Model;

/// <summary>
/// A human-readable text in one or more languages (<c>{ nl: ..., fr: ... }</c>), so that a translation
/// can live beside the original without changing the file format.
/// </summary>
public sealed record LocalizedText(IReadOnlyDictionary<string, string> Values, SourceLocation Location)
{
    /// <summary>
    /// The per-text elision override (<c>elide: false</c> beside the languages): false keeps "afin de"
    /// and "En tant que" whole before this text, true elides them; null follows the language's rule.
    /// </summary>
    public bool? Elide { get; init; }

    /// <summary>The key of a language-neutral text (written as a plain string where no language applies, such as a level name).</summary>
    public const string Neutral = "";

    /// <summary>The text in <paramref name="language"/> (or the neutral text), or null when it has no such translation.</summary>
    public string? Get(string language) =>
        Values.TryGetValue(language, out var text) ? text
        : Values.TryGetValue(Neutral, out var neutral) ? neutral
        : null;
}
