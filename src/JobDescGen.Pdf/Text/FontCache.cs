using System.Collections.Concurrent;
using JobDescGen.Pdf.Fonts;
using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Text;

/// <summary>One <see cref="XFont"/> per style, shared by every document of the process.</summary>
internal static class FontCache
{
    // Lazy: a second thread asking for a font being made (PdfWarmUp, a parallel build) waits for it.
    private static readonly ConcurrentDictionary<(string, double, bool, bool), Lazy<XFont>> Fonts = new();

    public static XFont Get(TextStyle style)
    {
        FontSetup.EnsureInstalled();
        return Fonts.GetOrAdd((style.Family, style.Size, style.Bold, style.Italic), key => new Lazy<XFont>(() =>
        {
            var fontStyle = (key.Item3 ? XFontStyleEx.Bold : XFontStyleEx.Regular) | (key.Item4 ? XFontStyleEx.Italic : XFontStyleEx.Regular);

            // Unicode encoding: the texts hold « », ’ and accented letters beyond WinAnsi's comfort.
            return new XFont(key.Item1, key.Item2, fontStyle, new XPdfFontOptions(PdfSharp.Pdf.PdfFontEncoding.Unicode));
        })).Value;
    }
}
