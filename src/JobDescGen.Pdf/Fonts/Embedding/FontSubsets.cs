using System.Security.Cryptography;
using System.Text;
using JobDescGen.Pdf.Fonts.TrueType;
using JobDescGen.Pdf.Rendering.Objects;

namespace JobDescGen.Pdf.Fonts.Embedding;

/// <summary>
/// Font subsets made once per face and glyph set and shared by every document of the process that
/// draws the same glyphs: a batch of documents shares a few subsets. Each is kept with its key: 64 at most.
/// </summary>
internal static class FontSubsets
{
    private static readonly BoundedCache<FontSubsetKey, FontSubset> Cache = new(64);

    /// <summary>The subset of <paramref name="program"/> with <paramref name="glyphs"/> (the glyph ids drawn, ascending, .notdef first).</summary>
    public static FontSubset For(FaceProgram program, int[] glyphs) =>
        Cache.GetOrAdd(new FontSubsetKey(program.Face, glyphs), _ =>
        {
            var (font, map) = TrueTypeCompactor.Compact(program.File, glyphs);
            return new FontSubset(Deflate.Compress(font), font.Length, Deflate.Compress(map), map, Tag(program.Face, glyphs));
        });

    /// <summary>The six capital letters before a subset's name, derived from the face and its glyphs: same glyphs, same name.</summary>
    private static string Tag(string face, int[] glyphs)
    {
        var bytes = new byte[Encoding.ASCII.GetByteCount(face) + (glyphs.Length * 2)];
        var at = Encoding.ASCII.GetBytes(face, bytes);
        foreach (var glyph in glyphs)
        {
            bytes[at++] = (byte)(glyph >> 8);
            bytes[at++] = (byte)glyph;
        }

        var hash = SHA256.HashData(bytes);
        return string.Create(6, hash, static (tag, h) =>
        {
            for (var i = 0; i < tag.Length; i++)
            {
                tag[i] = (char)('A' + (h[i] % 26));
            }
        });
    }
}
