namespace JobDescGen.Terminal.Rendering;

/// <summary>
/// The marks the preview draws in front of text. Each also carries meaning without colour (plain
/// output, NO_COLOR), which is why they are characters and not just styles.
/// </summary>
internal static class Symbols
{
    /// <summary>A list bullet and the space after it.</summary>
    public const string Bullet = "• ";

    /// <summary>The bar in front of a notice (block quote).</summary>
    public const string Bar = "│ ";

    /// <summary>The dotted bar down an optional area.</summary>
    public const string OptionalBar = "┊ ";

    /// <summary>The mark in front of a sub-heading (<c>###</c>, a result area).</summary>
    public const string SubHeading = "▸ ";

    /// <summary>The line under a bold label ("Voorbeelden van taken") in plain text, where bold does not show.</summary>
    public const char LabelUnderline = '·';

    /// <summary>The mark of a criterion whose text differs in the compared level.</summary>
    public const string Differs = "≠ ";
}
