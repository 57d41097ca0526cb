using System.Collections.Concurrent;
using JobDescGen.Pdf.Fonts.TrueType;

namespace JobDescGen.Pdf.Fonts;

/// <summary>
/// The kerning of one bundled face, read from its GPOS data once per process: by glyph for the PDF
/// writer (TJ adjustments) and by character for measuring, so what is measured is what is drawn.
/// Pairs with a space are not kerned: words and spaces are measured apart.
/// </summary>
internal sealed class FaceKerning
{
    // Lazy: a thread that asks for a face another thread is reading (PdfWarmUp, a parallel build)
    // waits for that read instead of reading the font a second time.
    private static readonly ConcurrentDictionary<string, Lazy<FaceKerning?>> Faces = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<(string Family, bool Bold, bool Italic), FaceKerning?> ByStyle = new();

    // No pair of a real font moves a glyph by this much: it marks a pair not looked up yet.
    private const short Unknown = short.MinValue;

    private readonly CharacterMap _characters;
    private readonly PairKerning _pairs;
    private readonly ConcurrentDictionary<int, short> _byCharacters = new();

    // A GPOS lookup walks coverage and class tables; a page shows each pair many times, so each
    // pair is looked up once per process: by left glyph, then by blocks of 256 right glyphs, made
    // as pairs are first met. Threads may race to fill a block; they write the same values. Sized
    // by the face's glyph count: 65,536 slots zeroed for every face cost a cold run a millisecond.
    private readonly short[]?[]?[] _byGlyphs;

    private FaceKerning(FontTables tables)
    {
        _characters = new CharacterMap(tables);
        _pairs = new PairKerning(tables);
        UnitsPerEm = FontTables.U16(tables["head"], 18);
        SpaceGlyph = _characters[' '];
        _byGlyphs = new short[]?[]?[FontTables.U16(tables["maxp"], 4)];
    }

    public int UnitsPerEm { get; }

    public ushort SpaceGlyph { get; }

    /// <summary>The kerning of a bundled face ("Carlito-Bold"; a simulated face has that of the face it is made from), or null when no such family is bundled.</summary>
    // Keyed by the face that serves the request, so a simulated bold or italic shares the tables
    // (and the one read of the font file) of the face it is made from.
    public static FaceKerning? For(string faceName) =>
        BundledFonts.Served(faceName) is { } served
            ? Faces.GetOrAdd(served.Face, name => new Lazy<FaceKerning?>(() => BundledFonts.Read(name) is { } font ? new FaceKerning(new FontTables(font)) : null)).Value
            : null;

    // Measuring asks for every word: by family and style, without building the face name each time.
    public static FaceKerning? For(string family, bool bold, bool italic) =>
        ByStyle.GetOrAdd((family, bold, italic), key => For(BundledFonts.FaceName(key.Family, key.Bold, key.Italic)));

    public ushort Glyph(char c) => _characters[c];

    /// <summary>The glyph of a code point, 0 (.notdef) when the face has none.</summary>
    public ushort GlyphOf(int codePoint) => _characters.Glyph(codePoint);

    /// <summary>True when the face has a glyph for <paramref name="codePoint"/>.</summary>
    public bool Covers(int codePoint) => _characters.Glyph(codePoint) != 0;

    /// <summary>The adjustment between two glyphs, in font units; none next to a space.</summary>
    public int KernGlyphs(ushort left, ushort right)
    {
        if (left == SpaceGlyph || right == SpaceGlyph || left == 0 || right == 0 || left >= _byGlyphs.Length)
        {
            return 0;
        }

        var blocks = Volatile.Read(ref _byGlyphs[left]);
        if (blocks is null)
        {
            blocks = new short[]?[0x100];
            blocks = Interlocked.CompareExchange(ref _byGlyphs[left], blocks, null) ?? blocks;
        }

        var block = Volatile.Read(ref blocks[right >> 8]);
        if (block is null)
        {
            block = new short[0x100];
            Array.Fill(block, Unknown);
            block = Interlocked.CompareExchange(ref blocks[right >> 8], block, null) ?? block;
        }

        var value = block[right & 0xFF];
        if (value == Unknown)
        {
            value = (short)_pairs.Kern(left, right);
            block[right & 0xFF] = value;
        }

        return value;
    }

    /// <summary>The adjustment between two characters, in font units.</summary>
    public int KernCharacters(char left, char right)
    {
        var key = (left << 16) | right;
        if (!_byCharacters.TryGetValue(key, out var value))
        {
            value = (short)KernGlyphs(Glyph(Drawn(left)), Glyph(Drawn(right)));
            _byCharacters[key] = value;
        }

        return value;
    }

    // The no-break space is drawn as a space (see FaceProgram.Glyph).
    private static char Drawn(char c) => c == '\u00A0' ? ' ' : c;
}
