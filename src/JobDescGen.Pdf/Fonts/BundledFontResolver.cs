using PdfSharp.Fonts;

namespace JobDescGen.Pdf.Fonts;

/// <summary>Serves PDFsharp the bundled font files; every family has all four faces, so nothing is simulated.</summary>
internal sealed class BundledFontResolver : IFontResolver
{
    private readonly Dictionary<string, byte[]?> _cache = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var family = BundledFonts.Families.FirstOrDefault(f => string.Equals(f, familyName, StringComparison.OrdinalIgnoreCase));
        return family is null ? null : new FontResolverInfo(BundledFonts.FaceName(family, bold, italic));
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
