using System.Text;

namespace JobDescGen.Rendering;

/// <summary>
/// The invisible characters that shape text without being drawn (Unicode's default-ignorable code
/// points, as Word and web pages paste them): the soft hyphen (a preferred break, a hyphen drawn only
/// when broken there), the zero-width space (a break without a hyphen), the word joiner and the
/// zero-width no-break space (no break), zero-width (non-)joiners, bidi marks, embeddings and
/// isolates, and variation selectors. No writer draws them; each acts on them as its format can.
/// </summary>
public static class FormattingCharacters
{
    /// <summary>U+00AD: where a word may be broken, with a hyphen drawn only there.</summary>
    public const char SoftHyphen = '\u00AD';

    /// <summary>U+200B: where a line may break, with nothing drawn.</summary>
    public const char ZeroWidthSpace = '\u200B';

    /// <summary>U+2060: no line break here.</summary>
    public const char WordJoiner = '\u2060';

    /// <summary>U+FEFF inside a text: the old spelling of the word joiner.</summary>
    public const char ZeroWidthNoBreakSpace = '\uFEFF';

    /// <summary>True for a formatting character: never drawn.</summary>
    public static bool IsFormatting(int codePoint) => codePoint switch
    {
        0x00AD or 0x034F or 0x061C or 0x180E or 0xFEFF => true,
        >= 0x200B and <= 0x200F => true,
        >= 0x202A and <= 0x202E => true,
        >= 0x2060 and <= 0x2064 => true,
        >= 0x2066 and <= 0x206F => true,
        >= 0xFE00 and <= 0xFE0F => true,
        0xE0001 => true,
        >= 0xE0020 and <= 0xE007F => true,
        >= 0xE0100 and <= 0xE01EF => true,
        _ => false,
    };

    /// <summary>True for a character a line may break after without anything drawn (the zero-width space).</summary>
    public static bool IsBreakOpportunity(char c) => c == ZeroWidthSpace;

    /// <summary>True for a character that forbids a break where it stands (word joiner, zero-width no-break space).</summary>
    public static bool IsNoBreak(char c) => c is WordJoiner or ZeroWidthNoBreakSpace;

    /// <summary>True when <paramref name="text"/> holds a formatting character.</summary>
    public static bool Any(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsFormatting(CodePointAt(text, i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><paramref name="text"/> without its formatting characters (the same instance when it has none).</summary>
    public static string Remove(string text)
    {
        if (!Any(text))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var codePoint = CodePointAt(text, i);
            var length = codePoint > 0xFFFF ? 2 : 1;
            if (!IsFormatting(codePoint))
            {
                result.Append(text, i, length);
            }

            i += length - 1;
        }

        return result.ToString();
    }

    /// <summary>The code point at <paramref name="index"/>: a surrogate pair read whole, a lone surrogate as itself.</summary>
    public static int CodePointAt(string text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            ? char.ConvertToUtf32(text[index], text[index + 1])
            : text[index];
}
