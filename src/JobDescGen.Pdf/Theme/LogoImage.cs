using JobDescGen.Pdf.Rendering;

namespace JobDescGen.Pdf.Theme;

/// <summary>Checks that a logo's bytes are an image PDFsharp can draw, when the theme is read rather than when a PDF is made.</summary>
internal static class LogoImage
{
    /// <summary>True when <paramref name="bytes"/> decode and draw into a page.</summary>
    public static bool Decodes(byte[] bytes)
    {
        try
        {
            // Decoded, drawn and saved once (the only sure test) by the shared logo the PDFs then draw.
            var image = SharedLogo.For(bytes).Image;
            return image.PixelWidth > 0 && image.PixelHeight > 0;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // PDFsharp's decoders throw many kinds of exception for bad data; every one means "cannot use it".
            return false;
        }
    }
}
