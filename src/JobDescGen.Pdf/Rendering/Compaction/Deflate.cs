using System.IO.Compression;

namespace JobDescGen.Pdf.Rendering.Compaction;

/// <summary>
/// zlib streams for /FlateDecode: .NET's ZLibStream writes the header and the Adler-32 trailer
/// (PDFsharp 6.2.4 leaves the trailer out, which qpdf warns about on every stream).
/// </summary>
internal static class Deflate
{
    public static byte[] Compress(ReadOnlySpan<byte> data) => Compress(data, []);

    /// <summary>Two parts deflated as one stream (an object stream's header and body).</summary>
    public static byte[] Compress(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second)
    {
        using var output = new MemoryStream(((first.Length + second.Length) / 2) + 64);
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(first);
            zlib.Write(second);
        }

        return output.ToArray();
    }

    public static byte[] Decompress(byte[] data)
    {
        using var input = new MemoryStream(data, writable: false);
        using var zlib = new ZLibStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream(data.Length * 4);
        zlib.CopyTo(output);
        return output.ToArray();
    }
}
