using PdfSharp.Fonts;

namespace JobDescGen.Pdf.Fonts;

/// <summary>
/// Serves PDFsharp the bundled font files. Carlito has all four faces; a fallback family's missing
/// bold or italic is simulated by PDFsharp from the face it has.
/// </summary>
internal sealed class BundledFontResolver : IFontResolver
{
    private readonly Dictionary<string, byte[]?> _cache = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var family = BundledFonts.Find(familyName);
        if (family is null || BundledFonts.Served(BundledFonts.FaceName(family.Name, bold, italic)) is not { } served)
        {
            return null;
        }

        return new FontResolverInfo(served.Face, served.SimulateBold, served.SimulateItalic);
    }

    public byte[]? GetFont(string faceName)
    {
        lock (_lock)
        {
            if (!_cache.TryGetValue(faceName, out var bytes))
            {
                bytes = BundledFonts.Read(faceName);
                _cache[faceName] = bytes;
            }

            return bytes;
        }
    }
}
