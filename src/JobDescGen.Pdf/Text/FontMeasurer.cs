using System.Collections.Concurrent;
using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Text;

/// <summary>
/// Measures with PDFsharp's own metrics (the same ones it draws with). PDFsharp does not kern, so a
/// string's width is the sum of its characters' advances: the cache holds one width per face and
/// character, which stays small however many documents a batch writes, instead of one per string.
/// </summary>
internal sealed class FontMeasurer : ITextMeasurer
{
    private readonly ConcurrentDictionary<(string Family, double Size, bool Bold, bool Italic), AdvanceWidths> _faces = new();
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

        var face = _faces.GetOrAdd((style.Family, style.Size, style.Bold, style.Italic), _ => new AdvanceWidths());
        var width = 0.0;
        for (var i = 0; i < text.Length; i++)
        {
            // Keep surrogate pairs together: one character, one advance.
            var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length;
            var codePoint = pair ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            if (!face.TryGet(codePoint, out var advance))
            {
                advance = Measure(text.Substring(i, pair ? 2 : 1), style);
                face.Set(codePoint, advance);
            }

            width += advance;
            i += pair ? 1 : 0;
        }

        return width;
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
