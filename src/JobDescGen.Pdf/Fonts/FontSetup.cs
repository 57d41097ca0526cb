using PdfSharp.Fonts;

namespace JobDescGen.Pdf.Fonts;

/// <summary>Installs the bundled font resolver once per process, before the first font is made.</summary>
internal static class FontSetup
{
    private static readonly Lock Gate = new();
    private static bool _installed;

    public static void EnsureInstalled()
    {
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
