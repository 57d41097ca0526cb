using System.Text;

namespace JobDescGen.Rendering;

/// <summary>
/// Escapes profile text so Markdown shows it literally: "gespecialiseerd*" must not open an
/// emphasis, a "|" must not end a table cell, a leading "1." must not start a list.
/// </summary>
public static class MarkdownEscaper
{
    // Characters that CommonMark or GFM give a meaning to anywhere in a line: emphasis, code, links,
    // HTML, table cells, entities (&amp;), strikethrough (~~) and a heading's closing '#'.
    private const string InlineSpecials = "\\`*_[]<>|&~#";

    /// <summary>Returns <paramref name="text"/> with every Markdown-significant character backslash-escaped.</summary>
    public static string Escape(string text)
    {
        var result = new StringBuilder(text.Length + 8);
        var listMarker = OrderedListMarkerIndex(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (InlineSpecials.Contains(c) || (i == 0 && StartsBlock(text)) || i == listMarker)
            {
                result.Append('\\');
            }

            result.Append(c);
        }

        return result.ToString();
    }

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
