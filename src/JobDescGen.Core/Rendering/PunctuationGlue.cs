namespace JobDescGen.Rendering;

/// <summary>
/// French and Dutch set « », : ; ? ! apart from their word with a space that must not break a line:
/// "«" stays with the word after it, the others with the word before. Every writer that wraps
/// lines (PDF, terminal) asks here, so they break lines alike.
/// </summary>
public static class PunctuationGlue
{
    private static readonly HashSet<string> ClosingMarks = ["»", ":", ";", "?", "!"];

    /// <summary>True when <paramref name="next"/> must stay on the line of <paramref name="previous"/>.</summary>
    public static bool Joins(string previous, string next) => previous == "«" || ClosingMarks.Contains(next);
}
