namespace JobDescGen.Marking;

/// <summary>
/// The one rule for reference marks, shared by the validator (profile texts) and the marker (the
/// rendered document): an asterisk right after a letter ("gespecialiseerd*") marks a term that the
/// criterion's references explain. Any other asterisk is text ("3 * 12 maanden"), and "\*" is a
/// literal asterisk wherever it is written ("tarief\*").
/// </summary>
public static class ReferenceMarkRule
{
    /// <summary>The character that marks a referenced term.</summary>
    public const char Marker = '*';

    /// <summary>True when <paramref name="c"/>, written after <paramref name="before"/> (null at the start), is a reference mark.</summary>
    public static bool IsMark(char? before, char c) => c == Marker && before is { } letter && char.IsLetter(letter);

    /// <summary>The number of reference marks in a profile text (a "\*" is none: its asterisk follows a backslash).</summary>
    public static int Count(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsMark(i > 0 ? text[i - 1] : null, text[i]))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// A profile text as a reader sees it, for where it is not Markdown (a PDF's title and running
    /// header, an HTML page's &lt;title&gt;, document properties): each "\*" is the asterisk it stands for.
    /// </summary>
    public static string AsText(string text) => text.Replace("\\" + Marker, Marker.ToString(), StringComparison.Ordinal);
}
