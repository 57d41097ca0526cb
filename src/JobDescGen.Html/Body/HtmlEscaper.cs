using System.Text;

namespace JobDescGen.Html.Body;

/// <summary>
/// Escapes text for HTML text and quoted attribute values alike. Only the five characters with a
/// meaning in HTML change: letters with accents and soft hyphens stay characters (the file is UTF-8).
/// </summary>
internal static class HtmlEscaper
{
    /// <summary><paramref name="text"/> with <c>&amp; &lt; &gt; &quot; &#39;</c> escaped.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '"': escaped.Append("&quot;"); break;
                case '\'': escaped.Append("&#39;"); break;
                default: escaped.Append(c); break;
            }
        }

        return escaped.ToString();
    }
}
