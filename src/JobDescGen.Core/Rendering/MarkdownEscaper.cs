using System.Text;

namespace JobDescGen.Rendering;

/// <summary>
/// Escapes profile text so Markdown shows it literally: "gespecialiseerd*" must not open an
/// emphasis, a "|" must not end a table cell, a leading "1." must not start a list.
/// </summary>
public static partial class MarkdownEscaper
{
    // Characters that CommonMark or GFM give a meaning to anywhere in a line: emphasis, code, links,
    // HTML, table cells, entities (&amp;), strikethrough (~~) and a heading's closing '#'.
    private const string InlineSpecials = "\\`*_[]<>|&~#";

    /// <summary>
    /// Returns <paramref name="text"/> with every Markdown-significant character backslash-escaped,
    /// and each web address (http, https) and e-mail address written as an autolink
    /// (<c>&lt;https://…&gt;</c>): escaping the '_' and '&amp;' inside one would make renderers link a
    /// part of it, or a wrong address.
    /// </summary>
    public static string Escape(string text) => Escape(text, literalAsterisks: false);

    /// <summary>
    /// <see cref="Escape(string)"/> for a text of a profile, where "\*" is an asterisk that is text
    /// (see <see cref="Marking.ReferenceMarkRule"/>): it is written as one asterisk.
    /// </summary>
    public static string EscapeProfileText(string text) => Escape(text, literalAsterisks: true);

    private static string Escape(string text, bool literalAsterisks)
    {
        var result = new StringBuilder(text.Length + 8);
        var listMarker = OrderedListMarkerIndex(text);
        var links = Addresses(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (links.TryGetValue(i, out var length))
            {
                result.Append('<').Append(text, i, length).Append('>');
                i += length - 1;
                continue;
            }

            var c = text[i];
            if (literalAsterisks && c == '\\' && i + 1 < text.Length && text[i + 1] == Marking.ReferenceMarkRule.Marker)
            {
                // "\*" is an asterisk that is text. After a letter, where the marker would take "\*" for a
                // reference mark, it is written as an entity, which renderers show as '*' but the marker skips.
                result.Append(i > 0 && char.IsLetter(text[i - 1]) ? "&#42;" : "\\*");
                i++;
                continue;
            }

            if (InlineSpecials.Contains(c) || (i == 0 && StartsBlock(text)) || i == listMarker)
            {
                result.Append('\\');
            }

            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary>The web and e-mail addresses in <paramref name="text"/>: start index and length, without the punctuation that ends a sentence.</summary>
    private static Dictionary<int, int> Addresses(string text)
    {
        var found = new Dictionary<int, int>();
        if (!text.Contains("://", StringComparison.Ordinal) && !text.Contains('@', StringComparison.Ordinal))
        {
            return found;
        }

        foreach (System.Text.RegularExpressions.Match match in AddressPattern().Matches(text))
        {
            var value = match.Value.TrimEnd('.', ',', ';', ':', '!', '?', '\'', '"', '»');

            // A closing parenthesis belongs to the address only when it opened one: "(zie https://x.be/a)".
            while (value.EndsWith(')') && value.Count(c => c == ')') > value.Count(c => c == '('))
            {
                value = value[..^1].TrimEnd('.', ',', ';', ':', '!', '?');
            }

            found[match.Index] = value.Length;
        }

        return found;
    }

    // http(s) addresses up to a space, '<', '>', '|' (a table cell's end) or a quote; e-mail addresses.
    [System.Text.RegularExpressions.GeneratedRegex(@"\bhttps?://[^\s<>|""`]+|(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")]
    private static partial System.Text.RegularExpressions.Regex AddressPattern();

    // "1. text" or "2) text" would start a numbered list: the '.' or ')' is the part to escape.
    private static int OrderedListMarkerIndex(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i > 0 && i < text.Length && text[i] is '.' or ')' && (i + 1 == text.Length || text[i + 1] == ' ') ? i : -1;
    }

    // A text put at the start of a line must not turn into a heading, quote, list item or rule.
    private static bool StartsBlock(string text)
    {
        if (text[0] is '>' or '=')
        {
            return true;
        }

        if (text[0] is '-' or '+')
        {
            return text.Length == 1 || text[1] == ' ' || text[1] == text[0];
        }

        return false;
    }
}
