namespace JobDescGen.Pdf.Text;

/// <summary>
/// Where a web or e-mail address in running text may end a line, since it is never hyphenated and
/// may be longer than a good line allows: after a "/" of a web address (never inside the scheme's
/// "://"), before its "?", "#", "&amp;" and "." (as the Chicago Manual of Style breaks them: a line
/// ending in "." or "?" would read as the end of a sentence), and before an e-mail address's "@".
/// Nothing is drawn at such a break and nothing is added to the text, so copied or extracted text
/// keeps the address whole.
/// </summary>
internal static class AddressBreaks
{
    /// <summary>
    /// True when <paramref name="text"/> (one word) holds a web or e-mail address; its break
    /// offsets, ascending, are then added to <paramref name="points"/>.
    /// </summary>
    public static bool Find(string text, List<(int Offset, BreakKind Kind)> points)
    {
        var last = LastLetterOrDigit(text);
        var path = PathStart(text);
        if (path >= 0)
        {
            for (var i = path; i < text.Length; i++)
            {
                // Before "?", "#", "&", "."; after "/" (not a second one: "//" stays together).
                var at = text[i] is '?' or '#' or '&' or '.' ? i : text[i] == '/' && (i + 1 >= text.Length || text[i + 1] != '/') ? i + 1 : -1;
                if (at > path && at <= last && (points.Count == 0 || points[^1].Offset < at))
                {
                    points.Add((at, BreakKind.Address));
                }
            }

            return true;
        }

        var mail = MailAt(text);
        if (mail < 0)
        {
            return false;
        }

        if (mail > 0 && mail <= last)
        {
            points.Add((mail, BreakKind.Address));
        }

        return true;
    }

    /// <summary>Where the part after the scheme ("https://") or "www." starts; -1 for a word that is no web address.</summary>
    private static int PathStart(string text)
    {
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0 && char.IsAsciiLetter(text[scheme - 1]))
        {
            return scheme + 3;
        }

        // "www." at the start or after punctuation ("(www.…"): found from its dot, as most words have none.
        for (var dot = text.IndexOf('.', StringComparison.Ordinal); dot >= 0; dot = text.IndexOf('.', dot + 1))
        {
            var www = dot - 3;
            if (www >= 0 && IsW(text[www]) && IsW(text[www + 1]) && IsW(text[www + 2]) && (www == 0 || !char.IsLetterOrDigit(text[www - 1])))
            {
                return dot + 1;
            }
        }

        return -1;
    }

    private static bool IsW(char c) => c is 'w' or 'W';

    /// <summary>The "@" of an e-mail address (a letter or digit on either side, a "." after it); -1 when there is none.</summary>
    private static int MailAt(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at + 1 < text.Length && char.IsLetterOrDigit(text[at - 1]) && char.IsLetterOrDigit(text[at + 1])
            && text.IndexOf('.', at) > at ? at : -1;
    }

    private static int LastLetterOrDigit(string text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
