using PdfSharp.Fonts;

namespace JobDescGen.Pdf.Tests.Support;

/// <summary>
/// Installs the bundled font resolver once per test process, before PDFsharp makes a font: the tool
/// itself no longer measures with PDFsharp, tests compare its measurements with PDFsharp's.
/// </summary>
internal static class PdfSharpFontSetup
{
    private static readonly Lock Gate = new();
    private static volatile bool _installed;

    public static void EnsureInstalled()
    {
        // Called for every font lookup: after the first call a volatile read is all it costs.
        if (_installed)
        {
            return;
        }

        lock (Gate)
        {
            if (_installed)
            {
                return;
            }

            // PDFsharp allows one global resolver; a host that set its own keeps it.
            GlobalFontSettings.FontResolver ??= new BundledFontResolver();
            _installed = true;
        }
    }
}
