namespace JobDescGen.Pdf.Theme;

/// <summary>How body text lines up.</summary>
public enum TextAlignment
{
    /// <summary>Flush left, ragged right.</summary>
    Left,

    /// <summary>Flush on both sides; the last line of a paragraph stays flush left.</summary>
    Justify,

    /// <summary>Centred (table columns marked :-: in Markdown).</summary>
    Center,

    /// <summary>Flush right (table columns marked --: in Markdown).</summary>
    Right,
}
