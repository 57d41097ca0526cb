using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace JobDescGen.Pdf.Theme;

/// <summary>Checks that a logo's bytes are an image PDFsharp can draw, when the theme is read rather than when a PDF is made.</summary>
internal static class LogoImage
{
    /// <summary>True when <paramref name="bytes"/> decode and draw into a page.</summary>
    public static bool Decodes(byte[] bytes)
    {
        try
        {
            // Drawing and saving once is the only sure test: PDFsharp reads some damaged images
            // lazily and fails only while writing the page.
            using var stream = new MemoryStream(bytes, writable: false);
            using var image = XImage.FromStream(stream);
            if (image.PixelWidth <= 0 || image.PixelHeight <= 0)
            {
                return false;
            }

            using var document = new PdfDocument();
            var page = document.AddPage();
            using (var graphics = XGraphics.FromPdfPage(page))
            {
                graphics.DrawImage(image, 0, 0, 10, 10);
            }

            document.Save(new MemoryStream());
            return true;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // PDFsharp's decoders throw many kinds of exception for bad data; every one means "cannot use it".
            return false;
        }
    }
}
