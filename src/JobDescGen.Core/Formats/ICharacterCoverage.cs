namespace JobDescGen.Formats;

/// <summary>
/// A writer that draws characters with fonts of its own (the PDF): which characters those fonts
/// have, so <c>validate</c> can warn about a character that would print as an empty box.
/// </summary>
public interface ICharacterCoverage
{
    /// <summary>The fonts, as a message names them ("the PDF's fonts (Carlito, DejaVu Sans, Symbola)").</summary>
    string FontsDescription { get; }

    /// <summary>True when one of the fonts has a glyph for <paramref name="codePoint"/>.</summary>
    bool Covers(int codePoint);
}
