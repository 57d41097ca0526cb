namespace JobDescGen.Pdf.Rendering;

/// <summary>
/// Extra room before a glyph of a string drawn as one: a justified line is drawn in one call, its
/// stretched (or tightened) spaces become TJ adjustments when the compactor rewrites the page.
/// </summary>
/// <param name="String">Which string drawn on the page, counted from 0.</param>
/// <param name="Glyph">The glyph (code point) of that string the room goes before.</param>
/// <param name="Adjustment">The TJ number: thousandths of the font size, negative to move right.</param>
internal readonly record struct WordGap(int String, int Glyph, double Adjustment);
