using System.Collections.Concurrent;
using JobDescGen.Pdf.Fonts;
using JobDescGen.Pdf.Fonts.Embedding;

namespace JobDescGen.Pdf.Text;

/// <summary>
/// Measures with the bundled faces' own tables (the advances the PDF writer draws with, see
/// <see cref="FaceProgram"/>), plus the face's pair kerning that the writer draws as TJ adjustments:
/// a string's width is the sum of its characters' advances and its pairs' kerning. The cache holds one width per face and character, which stays
/// small however many documents a batch writes, instead of one per string.
/// </summary>
internal sealed class FontMeasurer : ITextMeasurer
{
    // The face of the style measured last on this thread: a paragraph's words mostly share one style.
    [ThreadStatic]
    private static (FontMeasurer? Measurer, TextStyle? Style, FaceMetrics? Face) t_last;

    private readonly ConcurrentDictionary<(string Family, double Size, bool Bold, bool Italic), FaceMetrics> _faces = new();

    /// <summary>One measurer for the process: font metrics do not change, so the cache stays valid.</summary>
    public static FontMeasurer Shared { get; } = new();

    public double Width(string text, TextStyle style)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        return Face(style).TryLatinWidth(text, style, out var latin) ? latin : GeneralWidth(text, style);
    }

    public double Width(ReadOnlySpan<char> text, TextStyle style)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        // Latin text from the tables without making a string; the rest the general way.
        return Face(style).TryLatinWidth(text, style, out var latin) ? latin : GeneralWidth(text.ToString(), style);
    }

    public double Kerning(char left, char right, TextStyle style) =>
        Face(style).TryLatinKerning(left, right, style, out var kern) ? kern : ITextMeasurer.KerningFromWidths(this, left, right, style);

    // Text the Latin tables cannot measure: split by font where the fallback chain draws some of it.
    private double GeneralWidth(string text, TextStyle style)
    {
        if (FontFallback.NeedsSplit(text, style))
        {
            // Drawn in stretches, one per font (PageDrawContext splits alike); formatting characters take no room.
            var total = 0.0;
            foreach (var (stretch, stretchStyle) in FontFallback.Split(text, style))
            {
                total += FaceWidth(stretch, stretchStyle);
            }

            return total;
        }

        return FaceWidth(text, style);
    }

    /// <summary>The width of text drawn in one face.</summary>
    private double FaceWidth(string text, TextStyle style)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var metrics = Face(style);
        var face = metrics.Advances;
        var kerning = metrics.Kerning;
        var width = 0.0;
        var kern = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && kerning is not null)
            {
                // The same pairs the PDF writer turns into TJ adjustments (see PageContent.Show).
                kern += kerning.KernCharacters(text[i - 1], text[i]);
            }

            // Keep surrogate pairs together: one character, one advance.
            var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length;
            var codePoint = pair ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            if (!face.TryGet(codePoint, out var advance))
            {
                // A character no font of the chain has is drawn as this face's glyph 0, with its advance.
                advance = MissingGlyph.IsMissing(codePoint, style) ? MissingGlyph.Advance(style) : Measure(codePoint, style);
                face.Set(codePoint, advance);
            }

            width += advance;
            i += pair ? 1 : 0;
        }

        return kern == 0 ? width : width + (kern * style.Size / kerning!.UnitsPerEm);
    }

    /// <summary>The measuring tables of <paramref name="style"/>'s face.</summary>
    private FaceMetrics Face(TextStyle style)
    {
        var last = t_last;
        if (ReferenceEquals(last.Style, style) && ReferenceEquals(last.Measurer, this))
        {
            return last.Face!;
        }

        var face = _faces.GetOrAdd((style.Family, style.Size, style.Bold, style.Italic), key => new FaceMetrics(FaceKerning.For(key.Family, key.Bold, key.Italic)));
        t_last = (this, style, face);
        return face;
    }

    public double Baseline(TextStyle style, double lineHeight)
    {
        var face = Program(style);
        var ascent = face.AscentUnits * style.Size / face.UnitsPerEm;
        var descent = face.DescentUnits * style.Size / face.UnitsPerEm;

        // Centre the glyph box (ascent + descent) in the line box.
        return ((lineHeight - (ascent + descent)) / 2) + ascent;
    }

    /// <summary>A character's advance in <paramref name="style"/>'s face (hmtx), as the PDF writer draws it.</summary>
    private static double Measure(int codePoint, TextStyle style)
    {
        var program = Program(style);
        var width = program.Advance(program.Glyph(codePoint)) * style.Size / program.UnitsPerEm;

        // A bold made from the regular face is drawn thicker, and measured 2% of an em wider per
        // character, as PDFsharp measured it when it drew the PDFs (the layouts were made with that).
        return BundledFonts.Served(BundledFonts.FaceName(style.Family, style.Bold, style.Italic)) is { SimulateBold: true }
            ? width + (style.Size * BundledFonts.SimulatedBoldEmphasis)
            : width;
    }

    private static FaceProgram Program(TextStyle style) =>
        FaceProgram.For(style.Family, style.Bold, style.Italic)
            ?? throw new InvalidOperationException($"No bundled font serves '{style.Family}': the theme loader admits bundled families only.");
}
