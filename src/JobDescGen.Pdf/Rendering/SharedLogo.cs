using System.Runtime.CompilerServices;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace JobDescGen.Pdf.Rendering;

/// <summary>
/// A theme's logo decoded once per process and drawn into every document. Decoding a picture is
/// most of a logo's cost (about 0.25 s for 2000 × 2000 pixels): PDFsharp decodes it and builds its
/// image object once, and every document writes that object's bytes.
/// </summary>
internal sealed class SharedLogo
{
    // Keyed by the theme's byte array itself: one theme, one decode (Lazy: also when the first
    // documents of a parallel build ask at once), and the logo goes when its theme does.
    private static readonly ConditionalWeakTable<byte[], Lazy<SharedLogo>> Logos = [];

    // The logo an image drawn through IDrawContext belongs to.
    private static readonly ConditionalWeakTable<XImage, SharedLogo> ByImage = [];

    private SharedLogo(byte[] bytes)
    {
        // The stream stays with the image (PDFsharp keeps a reference); over a byte array it holds nothing to release.
        Image = XImage.FromStream(new MemoryStream(bytes, writable: false));

        // PDFsharp builds the image object (and reads some damaged images lazily, failing only
        // then) when a document holding it is saved: done once here, never per document.
        using var document = new PdfDocument();
        using (var graphics = XGraphics.FromPdfPage(document.AddPage()))
        {
            graphics.DrawImage(Image, 0, 0, 10, 10);
        }

        document.Save(Stream.Null);
        var images = document.Internals.GetAllObjects().OfType<PdfDictionary>().Where(d => d.Elements.GetName("/Subtype") == "/Image").ToList();
        var masks = images.Select(i => i.Elements.GetReference("/SMask")?.Value).OfType<PdfDictionary>().ToHashSet();
        Object = ImageObject.From(images.Single(i => !masks.Contains(i)));
        ByImage.AddOrUpdate(Image, this);
    }

    /// <summary>The decoded image; only drawn, never disposed or changed.</summary>
    public XImage Image { get; }

    /// <summary>The image object every document writes.</summary>
    public ImageObject Object { get; }

    /// <summary>The logo of <paramref name="bytes"/>, decoded on first use; throws what PDFsharp throws for bytes it cannot decode, on every call.</summary>
    public static SharedLogo For(byte[] bytes) =>
        Logos.GetValue(bytes, static b => new Lazy<SharedLogo>(() => new SharedLogo(b))).Value;

    /// <summary>The logo whose <see cref="Image"/> is <paramref name="image"/>.</summary>
    public static SharedLogo Of(XImage image) =>
        ByImage.TryGetValue(image, out var logo) ? logo : throw new InvalidOperationException("Only a theme's shared logo is drawn into a PDF.");
}
