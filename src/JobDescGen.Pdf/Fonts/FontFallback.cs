using JobDescGen.Pdf.Text;
using JobDescGen.Rendering;

namespace JobDescGen.Pdf.Fonts;

/// <summary>
/// Splits a string into the stretches each font draws: a character goes to the style's own family
/// when it has it, else to the first family of the style's <see cref="TextStyle.Fallback"/> chain
/// that has it (in the same weight and slant), else stays with the own family (which draws its
/// missing-glyph box; <c>validate</c> warns about such characters). Formatting characters
/// (<see cref="FormattingCharacters"/>) belong to no stretch: they are never drawn. Measuring and
/// drawing split alike, so what is measured is what is drawn; kerning applies within a stretch.
/// </summary>
internal static class FontFallback
{
    /// <summary>True when <paramref name="text"/> cannot be drawn in one piece with the style's own face.</summary>
    public static bool NeedsSplit(string text, TextStyle style)
    {
        var face = FaceKerning.For(style.Family, style.Bold, style.Italic);
        foreach (var c in text)
        {
            // Below the soft hyphen every character is ASCII or Latin-1 punctuation the families all have.
            if (c >= '\u00AD' && (char.IsSurrogate(c) || FormattingCharacters.IsFormatting(c) || (face is not null && !face.Covers(c) && c != '\u00A0')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The stretches of <paramref name="text"/>, each with the style that draws it.</summary>
    public static List<(string Text, TextStyle Style)> Split(string text, TextStyle style)
    {
        var stretches = new List<(string Text, TextStyle Style)>();
        var current = new System.Text.StringBuilder();
        string? currentFamily = null;
        for (var i = 0; i < text.Length; i++)
        {
            var codePoint = FormattingCharacters.CodePointAt(text, i);
            var length = codePoint > 0xFFFF ? 2 : 1;
            if (!FormattingCharacters.IsFormatting(codePoint))
            {
                var family = FamilyFor(codePoint, style);
                if (currentFamily is not null && family != currentFamily)
                {
                    stretches.Add((current.ToString(), StyleFor(style, currentFamily)));
                    current.Clear();
                }

                currentFamily = family;
                current.Append(text, i, length);
            }

            i += length - 1;
        }

        if (currentFamily is not null)
        {
            stretches.Add((current.ToString(), StyleFor(style, currentFamily)));
        }

        return stretches;
    }

    /// <summary>The family that draws <paramref name="codePoint"/> in <paramref name="style"/>.</summary>
    public static string FamilyFor(int codePoint, TextStyle style)
    {
        // The no-break space is drawn as a space (see FaceProgram.Glyph).
        if (codePoint == '\u00A0' || Covers(style.Family, style, codePoint))
        {
            return style.Family;
        }

        foreach (var family in style.Fallback.Families)
        {
            if (Covers(family, style, codePoint))
            {
                return family;
            }
        }

        return style.Family;
    }

    /// <summary>True when some family of <paramref name="chain"/> (or <paramref name="primary"/>) has a glyph for <paramref name="codePoint"/>.</summary>
    public static bool Covered(int codePoint, string primary, FontChain chain) =>
        FaceKerning.For(primary, false, false)?.Covers(codePoint) == true
        || chain.Families.Any(f => FaceKerning.For(f, false, false)?.Covers(codePoint) == true);

    private static bool Covers(string family, TextStyle style, int codePoint) =>
        FaceKerning.For(family, style.Bold, style.Italic)?.Covers(codePoint) == true;

    private static TextStyle StyleFor(TextStyle style, string family) =>
        family == style.Family ? style : style with { Family = family };
}
