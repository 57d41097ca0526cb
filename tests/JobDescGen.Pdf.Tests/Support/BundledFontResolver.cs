using JobDescGen.Pdf.Fonts;
using PdfSharp.Fonts;

namespace JobDescGen.Pdf.Tests.Support;

/// <summary>
/// Serves PDFsharp the bundled font files (tests compare the tool's measurements with PDFsharp's).
/// Carlito has all four faces; a fallback family's missing bold or italic is simulated by PDFsharp
/// from the face it has.
/// </summary>
internal sealed class BundledFontResolver : IFontResolver
{
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var family = BundledFonts.Find(familyName);
        if (family is null || BundledFonts.Served(BundledFonts.FaceName(family.Name, bold, italic)) is not { } served)
        {
            return null;
        }

        return new FontResolverInfo(served.Face, served.SimulateBold, served.SimulateItalic);
    }

    // BundledFonts keeps one copy of each file for the process.
    public byte[]? GetFont(string faceName) => BundledFonts.Read(faceName);
}
