using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace JobDescGen.Pdf.Tests.Support;

/// <summary>
/// The stream objects of a PDF the tool wrote, found by their "N 0 obj &lt;&lt;…&gt;&gt; stream" headers,
/// so tests can check each stream's encoding and read what object streams and pages hold.
/// </summary>
internal static partial class PdfStreams
{
    public static List<(int Number, string Dictionary, byte[] Data)> All(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var streams = new List<(int, string, byte[])>();
        foreach (Match match in StreamHeader().Matches(text))
        {
            var dictionary = match.Groups[2].Value;
            var length = int.Parse(LengthKey().Match(dictionary).Groups[1].Value, CultureInfo.InvariantCulture);
            var start = match.Index + match.Length;
            streams.Add((int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), dictionary, pdf.AsSpan(start, length).ToArray()));
        }

        return streams;
    }

    /// <summary>The data of a stream with its filter undone (zlib, with its checksum checked by .NET).</summary>
    public static byte[] Decoded(string dictionary, byte[] data)
    {
        if (!dictionary.Contains("/FlateDecode", StringComparison.Ordinal))
        {
            return data;
        }

        using var input = new MemoryStream(data);
        using var zlib = new ZLibStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        zlib.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>
    /// The file as text with every stream decoded in place of its data: the objects packed in object
    /// streams and the page contents can be searched like those of an uncompressed file.
    /// </summary>
    public static string Expanded(byte[] pdf)
    {
        var builder = new StringBuilder();
        foreach (var (number, dictionary, data) in All(pdf))
        {
            builder.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{dictionary}\nstream\n");
            builder.Append(Encoding.Latin1.GetString(Decoded(dictionary, data)));
            builder.Append("\nendstream\n");
        }

        return builder.ToString();
    }

    /// <summary>The decoded content streams of the pages, in the order they appear in the file.</summary>
    public static List<string> PageContents(byte[] pdf) =>
        [.. All(pdf).Select(s => Encoding.Latin1.GetString(Decoded(s.Dictionary, s.Data))).Where(c => c.Contains("BDC", StringComparison.Ordinal) && c.Contains("EMC", StringComparison.Ordinal) && !c.StartsWith("<?xpacket", StringComparison.Ordinal))];

    [GeneratedRegex(@"(\d+) 0 obj\n(<<.*?>>)\nstream\n", RegexOptions.Singleline)]
    private static partial Regex StreamHeader();

    [GeneratedRegex(@"/Length (\d+)")]
    private static partial Regex LengthKey();
}
