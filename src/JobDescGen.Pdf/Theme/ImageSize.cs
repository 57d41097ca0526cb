using System.Buffers.Binary;

namespace JobDescGen.Pdf.Theme;

/// <summary>
/// The pixel size a PNG or JPEG file declares, read from its header without decoding it: a small
/// file can declare an image of billions of pixels, which a decoder would try to hold in memory.
/// </summary>
internal static class ImageSize
{
    // "\x89PNG\r\n\x1A\n" as bytes (a u8 literal would encode \x89 as two UTF-8 bytes).
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The declared width and height, or null when the header cannot be read.</summary>
    public static (int Width, int Height)? Of(ReadOnlySpan<byte> bytes) =>
        IsPng(bytes) ? Png(bytes) : IsJpeg(bytes) ? Jpeg(bytes) : null;

    /// <summary>True for the PNG signature.</summary>
    public static bool IsPng(ReadOnlySpan<byte> bytes) => bytes.Length > 8 && bytes[..8].SequenceEqual(PngSignature);

    /// <summary>True for a JPEG's start-of-image marker.</summary>
    public static bool IsJpeg(ReadOnlySpan<byte> bytes) => bytes.Length > 3 && bytes[0] == 0xFF && bytes[1] == 0xD8;

    // The first chunk is IHDR: width and height as big-endian 32-bit numbers.
    private static (int, int)? Png(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 24 || !bytes.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            return null;
        }

        var width = BinaryPrimitives.ReadUInt32BigEndian(bytes.Slice(16, 4));
        var height = BinaryPrimitives.ReadUInt32BigEndian(bytes.Slice(20, 4));
        return width > int.MaxValue || height > int.MaxValue ? (int.MaxValue, int.MaxValue) : ((int)width, (int)height);
    }

    // The segments up to the first start-of-frame (SOF0–SOF15 but DHT C4, JPG C8 and DAC CC): its
    // height and width follow the segment length and the sample precision.
    private static (int, int)? Jpeg(ReadOnlySpan<byte> bytes)
    {
        var at = 2;
        while (at + 9 < bytes.Length)
        {
            if (bytes[at] != 0xFF)
            {
                return null;
            }

            var marker = bytes[at + 1];
            if (marker == 0xFF)
            {
                at++;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes.Slice(at + 2, 2));
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return (BinaryPrimitives.ReadUInt16BigEndian(bytes.Slice(at + 7, 2)), BinaryPrimitives.ReadUInt16BigEndian(bytes.Slice(at + 5, 2)));
            }

            if (length < 2)
            {
                return null;
            }

            at += 2 + length;
        }

        return null;
    }
}
