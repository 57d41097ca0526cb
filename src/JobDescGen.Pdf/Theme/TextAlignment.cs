namespace JobDescGen.Pdf.Theme;

/// <summary>How body text lines up.</summary>
public enum TextAlignment
{
    /// <summary>Flush left, ragged right.</summary>
    Left,

    /// <summary>Flush on both sides; the last line of a paragraph stays flush left.</summary>
    Justify,
}
