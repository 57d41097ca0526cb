using System.Globalization;
using System.Text;

namespace JobDescGen.Pdf.Fonts.Embedding;

/// <summary>The ToUnicode CMap of an embedded font: each CID drawn back to its character, in UTF-16BE (a surrogate pair beyond the BMP).</summary>
internal static class ToUnicodeMap
{
    // A bfchar block holds at most 100 entries.
    private const int BlockSize = 100;

    private const string Header =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";

    private const string Footer = "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";

    public static byte[] Of(EmbeddedFont font)
    {
        var entries = font.Characters().ToList();
        var text = new StringBuilder(Header, Header.Length + Footer.Length + (entries.Count * 16) + 64);
        for (var start = 0; start < entries.Count; start += BlockSize)
        {
            var count = Math.Min(BlockSize, entries.Count - start);
            text.Append(CultureInfo.InvariantCulture, $"{count} beginbfchar\n");
            for (var i = start; i < start + count; i++)
            {
                var (cid, character) = entries[i];
                text.Append(CultureInfo.InvariantCulture, $"<{cid:X4}> <");
                foreach (var unit in char.ConvertFromUtf32(character is >= 0xD800 and <= 0xDFFF ? 0xFFFD : character))
                {
                    text.Append(CultureInfo.InvariantCulture, $"{(int)unit:X4}");
                }

                text.Append(">\n");
            }

            text.Append("endbfchar\n");
        }

        text.Append(Footer);
        return Encoding.ASCII.GetBytes(text.ToString());
    }
}
