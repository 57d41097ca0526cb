using JobDescGen.Pdf.Fonts.Embedding;
using JobDescGen.Pdf.Text;

namespace JobDescGen.Pdf.Rendering.Drawing;

/// <summary>
/// Words held back to be shown as one string: the glyphs (CIDs) of words that follow each other on
/// a line in one style, and the stretched spaces between them as TJ adjustments before a glyph.
/// </summary>
internal sealed class GlyphRun
{
    public TextStyle? Style { get; private set; }

    public DrawnFace Face { get; private set; }

    public double X { get; private set; }

    public double Baseline { get; private set; }

    /// <summary>Where the last word added ends.</summary>
    public double End { get; set; }

    public bool EndsWithSpace { get; private set; }

    public List<ushort> Glyphs { get; } = new(256);

    /// <summary>TJ numbers (thousandths of the font size, positive moves left) before the glyph at an index.</summary>
    public List<(int At, double Adjustment)> Gaps { get; } = [];

    public bool IsEmpty => Style is null;

    public void Start(TextStyle style, DrawnFace face, double x, double baseline)
    {
        Style = style;
        Face = face;
        X = End = x;
        Baseline = baseline;
        EndsWithSpace = false;
        Glyphs.Clear();
        Gaps.Clear();
    }

    /// <summary>Adds the glyphs of <paramref name="text"/> (drawn in one face, without formatting characters).</summary>
    public void Add(string text)
    {
        var font = Face.Font;
        for (var i = 0; i < text.Length; i++)
        {
            int codePoint = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }

            Glyphs.Add(font.Cid(codePoint));
        }

        EndsWithSpace = text.Length > 0 && text[^1] is ' ' or '\u00A0';
    }

    public void Clear() => Style = null;
}
