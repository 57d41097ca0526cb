using System.Collections.Concurrent;
using JobDescGen.Pdf.Fonts;
using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Text;

/// <summary>
/// Measures with PDFsharp's own metrics (the same ones it draws with), plus the face's pair kerning
/// that the PDF writer writes as TJ adjustments: a string's width is the sum of its characters'
/// advances and its pairs' kerning. The cache holds one width per face and character, which stays
/// small however many documents a batch writes, instead of one per string.
/// </summary>
internal sealed class FontMeasurer : ITextMeasurer
{
    // The face of the style measured last on this thread: a paragraph's words mostly share one style.
    [ThreadStatic]
    private static (FontMeasurer? Measurer, TextStyle? Style, FaceMetrics? Face) t_last;

    private readonly ConcurrentDictionary<(string Family, double Size, bool Bold, bool Italic), FaceMetrics> _faces = new();
    private readonly XGraphics _context = XGraphics.CreateMeasureContext(new XSize(1000, 1000), XGraphicsUnit.Point, XPageDirection.Downwards);
    private readonly Lock _lock = new();

    /// <summary>One measurer for the process: XFont metrics do not change, so the cache stays valid.</summary>
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
                advance = MissingGlyph.IsMissing(codePoint, style) ? MissingGlyph.Advance(style) : Measure(text.Substring(i, pair ? 2 : 1), style);
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
        var font = FontCache.Get(style);
        var metrics = font.Metrics;
        var ascent = metrics.Ascent * style.Size / metrics.UnitsPerEm;
        var descent = metrics.Descent * style.Size / metrics.UnitsPerEm;

        // Centre the glyph box (ascent + descent) in the line box.
        return ((lineHeight - (ascent + descent)) / 2) + ascent;
    }

    private double Measure(string character, TextStyle style)
    {
        // XGraphics is not thread-safe; only a character never seen before in this face comes here.
        lock (_lock)
        {
            return _context.MeasureString(NoBreakSpace.AsSpace(character), FontCache.Get(style)).Width;
        }
    }
}
