using System.IO.Compression;

namespace JobDescGen.Pdf.Rendering.Compaction;

/// <summary>
/// zlib streams for /FlateDecode: .NET's ZLibStream writes the header and the Adler-32 trailer
/// (PDFsharp 6.2.4 leaves the trailer out, which qpdf warns about on every stream).
/// </summary>
internal static class Deflate
{
    public static byte[] Compress(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream(data.Length / 2 + 64);
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
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
