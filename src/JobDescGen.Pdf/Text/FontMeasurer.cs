using System.Collections.Concurrent;
using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Text;

/// <summary>
/// Measures with PDFsharp's own metrics (the same ones it draws with), caching widths per style
/// and string because documents repeat the same words many times.
/// </summary>
internal sealed class FontMeasurer : ITextMeasurer
{
    private readonly ConcurrentDictionary<(TextStyle, string), double> _widths = new();
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

        return _widths.GetOrAdd((style, text), key =>
        {
            // XGraphics is not thread-safe; measuring is cheap next to drawing, so a lock is enough.
            lock (_lock)
            {
                return _context.MeasureString(key.Item2, FontCache.Get(key.Item1)).Width;
            }
        });
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
}
