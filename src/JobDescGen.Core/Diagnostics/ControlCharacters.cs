using System.Globalization;
using System.Text;

namespace JobDescGen.Diagnostics;

/// <summary>
/// Finds and neutralises the characters that let text take over a terminal: C0 controls (ESC starts
/// the sequences that set the window title, clear the screen, write the clipboard through OSC 52 or
/// hide links through OSC 8), DEL, the C1 controls (U+009B is a one-character CSI) and lone
/// surrogates. Tab and line breaks are ordinary text. Use <see cref="Neutralise"/> on anything a
/// user wrote before it is printed.
/// </summary>
public static class ControlCharacters
{
    /// <summary>The index of the first unsafe character in <paramref name="text"/>, or -1.</summary>
    public static int IndexOfUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafeAt(text, i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// True for the bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they
    /// reorder the text after them on a terminal ("Trojan Source"). Not unsafe in a document, which
    /// does not draw them, so a profile may hold them (validate warns); printed, they are shown.
    /// </summary>
    public static bool IsBidiControl(int c) => c is (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069);

    /// <summary>
    /// <paramref name="text"/> with every unsafe character shown visibly instead: a C0 control as its
    /// Unicode control picture (ESC as ␛), DEL as ␡, a C1 control or a bidi control as
    /// <c>&lt;U+009B&gt;</c>, a lone surrogate as U+FFFD. Returns the same instance when there is
    /// nothing to change.
    /// </summary>
    public static string Neutralise(string text)
    {
        var first = IndexOfShown(text);
        if (first < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 8);
        result.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsUnsafeAt(text, i) && !IsBidiControl(c))
            {
                result.Append(c);
            }
            else if (char.IsSurrogate(c))
            {
                result.Append('\uFFFD');
            }
            else
            {
                result.Append(Visible(c));
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// <paramref name="json"/> with every bidi control written as its escape (<c>\u202E</c>): the same
    /// data for a program, and no reversed text when the report is shown in a terminal. A bidi
    /// control can only stand inside a JSON string, where the escape means the same character.
    /// </summary>
    public static string EscapeBidiInJson(string json)
    {
        if (IndexOfBidi(json) < 0)
        {
            return json;
        }

        var result = new StringBuilder(json.Length + 16);
        foreach (var c in json)
        {
            if (IsBidiControl(c))
            {
                result.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    private static int IndexOfBidi(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsBidiControl(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // The first character Neutralise changes: an unsafe one or a bidi control.
    private static int IndexOfShown(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafeAt(text, i) || IsBidiControl(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>How an unsafe character is named in a message: "U+001B (ESC)".</summary>
    public static string Describe(char c) =>
        "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + (c == '\u001B' ? " (ESC)" : string.Empty);

    private static string Visible(char c) => c switch
    {
        < ' ' => ((char)(0x2400 + c)).ToString(),
        '\u007F' => "\u2421",
        _ => "<U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + ">",
    };

    private static bool IsUnsafeAt(string text, int i)
    {
        var c = text[i];
        if (c is '\t' or '\n')
        {
            return false;
        }

        if (c == '\r')
        {
            // Only a carriage return that is not part of a Windows line end can overwrite a line.
            return i + 1 >= text.Length || text[i + 1] != '\n';
        }

        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i == 0 || !char.IsHighSurrogate(text[i - 1]);
        }

        return c < ' ' || c is >= '\u007F' and <= '\u009F';
    }
}
