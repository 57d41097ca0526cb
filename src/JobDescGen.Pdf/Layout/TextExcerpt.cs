namespace JobDescGen.Pdf.Layout;

/// <summary>The first words of a text, to name a heading in an error without echoing all of it.</summary>
internal static class TextExcerpt
{
    private const int MaxWords = 8;

    // A single very long "word" (a pasted URL) must not make the message long either.
    private const int MaxCharacters = 80;

    public static string Of(string text)
    {
        var words = text.Split((char[]?)null, MaxWords + 1, StringSplitOptions.RemoveEmptyEntries);
        var excerpt = string.Join(' ', words.Take(MaxWords));
        var cut = words.Length > MaxWords || excerpt.Length > MaxCharacters;
        return (excerpt.Length > MaxCharacters ? excerpt[..MaxCharacters].TrimEnd() : excerpt) + (cut ? " …" : string.Empty);
    }
}
