using System.Globalization;
using System.Text;

namespace JobDescGen.Html.Styling;

/// <summary>
/// Writes text as a CSS string literal. Quotes, backslashes, line breaks and angle brackets are
/// written as CSS escapes, so no text from a profile or label file can end the string or the
/// page's <c>&lt;style&gt;</c> element.
/// </summary>
internal static class CssString
{
    /// <summary><paramref name="text"/> as a double-quoted CSS string.</summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\' or '<' or '>' or '&' || char.IsControl(c))
            {
                // The space ends the escape, so a hex digit after it is not taken into it.
                quoted.Append('\\').Append(((int)c).ToString("X", CultureInfo.InvariantCulture)).Append(' ');
            }
            else
            {
                quoted.Append(c);
            }
        }

        return quoted.Append('"').ToString();
    }
}
