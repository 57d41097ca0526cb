using System.Runtime.CompilerServices;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace JobDescGen.Pdf.Rendering;

/// <summary>
/// A theme's logo decoded once per process and drawn into every document. Decoding a PNG in
/// <see cref="XImage.FromStream"/> was most of a logo's cost (about 0.25 s for 2000 × 2000 pixels,
/// and it ran twice per document); PDFsharp keeps the decoded pixels in the XImage and only reads
/// them when it makes a document's image object, so one XImage serves documents on any thread.
/// </summary>
internal sealed class SharedLogo
{
    // Keyed by the theme's byte array itself: one theme, one decode (Lazy: also when the first
    // documents of a parallel build ask at once), and the logo goes when its theme does.
    private static readonly ConditionalWeakTable<byte[], Lazy<SharedLogo>> Logos = [];

    private SharedLogo(byte[] bytes)
    {
        // The stream stays with the image (PDFsharp keeps a reference); over a byte array it holds nothing to release.
        Image = XImage.FromStream(new MemoryStream(bytes, writable: false));

        // Drawn and saved once before it is shared: the first draw stores PDFsharp's image key (a
        // hash of the pixels) in the XImage, so no two documents write it at the same time later,
        // and PDFsharp reads some damaged images lazily, failing only while it writes the page.
        using var document = new PdfDocument();
        using (var graphics = XGraphics.FromPdfPage(document.AddPage()))
        {
            graphics.DrawImage(Image, 0, 0, 10, 10);
        }

        document.Save(Stream.Null);
    }

    /// <summary>The decoded image; only drawn, never disposed or changed.</summary>
    public XImage Image { get; }

    /// <summary>The logo of <paramref name="bytes"/>, decoded on first use; throws what PDFsharp throws for bytes it cannot decode, on every call.</summary>
    public static SharedLogo For(byte[] bytes) =>
        Logos.GetValue(bytes, static b => new Lazy<SharedLogo>(() => new SharedLogo(b))).Value;
}
