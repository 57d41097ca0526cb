using System.Globalization;
using JobDescGen.Pdf.Rendering.Objects;
using Sharp = PdfSharp.Pdf;

namespace JobDescGen.Pdf.Rendering;

/// <summary>
/// An image XObject ready to be written into any document: its dictionary entries (without
/// /Length and /SMask, which each document sets), its stream as stored, and its soft mask, if any.
/// Made once per logo from the image object PDFsharp builds when it decodes the picture.
/// </summary>
internal sealed class ImageObject
{
    private ImageObject(IReadOnlyList<KeyValuePair<string, PdfValue>> entries, byte[] stream, ImageObject? mask)
    {
        Entries = entries;
        Stream = stream;
        Mask = mask;
    }

    public IReadOnlyList<KeyValuePair<string, PdfValue>> Entries { get; }

    public byte[] Stream { get; }

    public ImageObject? Mask { get; }

    /// <summary>A fresh dictionary for one document: the writer sets /Length (and the assembler /SMask) in it.</summary>
    public PdfDictionary NewDictionary() => new([.. Entries]);

    /// <summary>The image object of a saved PDFsharp image, with its mask.</summary>
    public static ImageObject From(Sharp.PdfDictionary image)
    {
        var entries = new List<KeyValuePair<string, PdfValue>>();
        ImageObject? mask = null;
        foreach (var key in image.Elements.Keys.Order(StringComparer.Ordinal))
        {
            var item = image.Elements[key];
            if (key == "/Length")
            {
                continue;
            }

            if (key == "/SMask")
            {
                mask = Resolve(item) is Sharp.PdfDictionary maskImage ? From(maskImage) : null;
                continue;
            }

            entries.Add(new(key[1..], Value(item)));
        }

        // PDFsharp deflates without zlib's trailer, which qpdf warns about: deflated again with it.
        var data = image.Stream.Value;
        var deflated = image.Elements.GetName("/Filter") == "/FlateDecode" ? Deflate.Compress(Deflate.Decompress(data)) : data;
        return new ImageObject(entries, deflated, mask);
    }

    private static Sharp.PdfItem? Resolve(Sharp.PdfItem? item) => item is Sharp.Advanced.PdfReference reference ? reference.Value : item;

    private static PdfValue Value(Sharp.PdfItem? item) => Resolve(item) switch
    {
        Sharp.PdfName name => PdfToken.Of(name.Value),
        Sharp.PdfInteger integer => PdfToken.Of(integer.Value.ToString(CultureInfo.InvariantCulture)),
        Sharp.PdfLongInteger integer => PdfToken.Of(integer.Value.ToString(CultureInfo.InvariantCulture)),
        Sharp.PdfReal real => PdfToken.Number(real.Value),
        Sharp.PdfBoolean boolean => PdfToken.Of(boolean.Value ? "true" : "false"),
        Sharp.PdfArray array => new PdfArray([.. array.Elements.Select(Value)]),
        Sharp.PdfDictionary dictionary => new PdfDictionary([.. dictionary.Elements.Keys.Order(StringComparer.Ordinal).Select(k => new KeyValuePair<string, PdfValue>(k[1..], Value(dictionary.Elements[k])))]),
        { } other => PdfToken.Of(other.ToString()!),
        null => PdfToken.Of("null"),
    };
}
