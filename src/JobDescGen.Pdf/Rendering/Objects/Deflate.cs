using System.IO.Compression;

namespace JobDescGen.Pdf.Rendering.Objects;

/// <summary>
/// zlib streams for /FlateDecode: .NET's ZLibStream writes the header and the Adler-32 trailer
/// (PDFsharp 6.2.4 leaves the trailer out, which qpdf warns about on every stream).
/// </summary>
/// <remarks>
/// What every document deflates anew (page contents, object streams, ToUnicode maps, the
/// cross-reference stream) is deflated at zlib level 3: half the time of the default level 6 for
/// about a kilobyte more on the A1 PDF (32.6 KB, the bar is 40 KB). Font programs, compacted once per set of
/// glyphs and cached, take the default level 6: level 9 gave A1's three fonts the same 11,978 bytes
/// but ran zlib's slow matcher on every document of a varied batch (their glyph sets rarely repeat),
/// about 5% of a 400-PDF build.
/// </remarks>
internal static class Deflate
{
    private static readonly ZLibCompressionOptions PerDocument = new() { CompressionLevel = 3 };
    private static readonly ZLibCompressionOptions Cached = new() { CompressionLevel = 6 };

    public static byte[] Compress(ReadOnlySpan<byte> data) => Compress(data, [], PerDocument);

    /// <summary>Two parts deflated as one stream (an object stream's header and body).</summary>
    public static byte[] Compress(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second) => Compress(first, second, PerDocument);

    /// <summary>Deflated at zlib's default level: for what is made once per glyph set and cached.</summary>
    public static byte[] CompressCached(ReadOnlySpan<byte> data) => Compress(data, [], Cached);

    public static byte[] Decompress(byte[] data)
    {
        using var input = new MemoryStream(data, writable: false);
        using var zlib = new ZLibStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream(data.Length * 4);
        zlib.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] Compress(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, ZLibCompressionOptions options)
    {
        using var output = new MemoryStream(((first.Length + second.Length) / 2) + 64);
        using (var zlib = new ZLibStream(output, options, leaveOpen: true))
        {
            zlib.Write(first);
            zlib.Write(second);
        }

        return output.ToArray();
    }
}
