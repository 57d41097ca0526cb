using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Text;

/// <summary>How a piece of text looks: family, size, weight, slant and colour.</summary>
internal sealed record TextStyle(string Family, double Size, bool Bold, bool Italic, XColor Color)
{
    /// <summary>True for a mark drawn for the eye only (the asterisk before "Definitie"): readers skip it.</summary>
    public bool Artifact { get; init; }

    /// <summary>
    /// True for the hyphen a line breaker adds at a line's end: drawn, but read as a soft hyphen
    /// (U+00AD), so extracted text and screen readers get the word whole.
    /// </summary>
    public bool InsertedHyphen { get; init; }

    /// <summary>The families that draw what <see cref="Family"/> lacks (see <see cref="Fonts.FontFallback"/>).</summary>
    public Fonts.FontChain Fallback { get; init; } = Fonts.FontChain.None;

    /// <summary>Where the text links to, or null: drawn as a tagged link annotation over the text.</summary>
    public TextLink? Link { get; init; }

    public TextStyle WithBold(bool bold = true) => this with { Bold = bold };

    public TextStyle WithItalic(bool italic = true) => this with { Italic = italic };
}
