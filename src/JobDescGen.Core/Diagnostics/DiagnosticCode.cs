using System.Text;

namespace JobDescGen.Diagnostics;

/// <summary>
/// A stable code for the kind of a diagnostic, derived from its message: the words that stay when
/// the values are taken out (quoted text, numbers, ids such as level A1), joined by '-'. "unknown
/// criterion 'supervsie'" is <c>unknown-criterion</c>; "level B has no statement for criterion
/// 'contacten'" is <c>level-has-no-statement-for-criterion</c>. Scripts can group and filter by it.
/// </summary>
public static class DiagnosticCode
{
    /// <summary>At most this many words make a code, so a long message gives a short code.</summary>
    public const int MaxWords = 8;

    /// <summary>The code of <paramref name="diagnostic"/>.</summary>
    public static string Of(Diagnostic diagnostic) => Of(diagnostic.Message);

    /// <summary>The code of a message.</summary>
    public static string Of(string message)
    {
        var words = new List<string>();
        foreach (var token in WithoutQuoted(message).Split([' ', ',', ';', ':', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            // Values are not part of the kind: ids and numbers carry digits or capitals, paths dots
            // or slashes, options a leading '-'.
            var word = token.TrimEnd('.', '!', '?');
            if (word.Length == 0 || word.Any(c => !char.IsLetter(c) && c != '-' && c != '_') || word.Any(char.IsUpper) || word.StartsWith('-'))
            {
                continue;
            }

            words.Add(word.Replace('_', '-'));
            if (words.Count == MaxWords)
            {
                break;
            }
        }

        return words.Count == 0 ? "diagnostic" : string.Join('-', words);
    }

    // Drops '...' and "..." (quoted values); an apostrophe inside a word (qu'il) is no quote.
    private static string WithoutQuoted(string message)
    {
        var text = new StringBuilder(message.Length);
        char? quote = null;
        for (var i = 0; i < message.Length; i++)
        {
            var c = message[i];
            var opens = quote is null && c is '\'' or '"' && (i == 0 || !char.IsLetter(message[i - 1]));
            if (opens)
            {
                quote = c;
                text.Append(' ');
            }
            else if (quote == c && (i + 1 == message.Length || !char.IsLetter(message[i + 1])))
            {
                quote = null;
            }
            else if (quote is null)
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
