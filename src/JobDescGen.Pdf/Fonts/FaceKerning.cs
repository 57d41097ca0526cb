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
    private static readonly ConcurrentDictionary<string, FaceKerning?> Faces = new(StringComparer.Ordinal);

    private readonly CharacterMap _characters;
    private readonly PairKerning _pairs;
    private readonly ConcurrentDictionary<int, short> _byCharacters = new();

    private FaceKerning(FontTables tables)
    {
        _characters = new CharacterMap(tables);
        _pairs = new PairKerning(tables);
        UnitsPerEm = FontTables.U16(tables["head"], 18);
        SpaceGlyph = _characters[' '];
    }

    public int UnitsPerEm { get; }

    public ushort SpaceGlyph { get; }

    /// <summary>The kerning of a bundled face ("Carlito-Bold"; a simulated face has that of the face it is made from), or null when no such family is bundled.</summary>
    public static FaceKerning? For(string faceName) =>
        Faces.GetOrAdd(faceName, name => BundledFonts.Read(name) is { } font ? new FaceKerning(new FontTables(font)) : null);

    public static FaceKerning? For(string family, bool bold, bool italic) => For(BundledFonts.FaceName(family, bold, italic));

    public ushort Glyph(char c) => _characters[c];

    /// <summary>True when the face has a glyph for <paramref name="codePoint"/>.</summary>
    public bool Covers(int codePoint) => _characters.Glyph(codePoint) != 0;

    /// <summary>The adjustment between two glyphs, in font units; none next to a space.</summary>
    public int KernGlyphs(ushort left, ushort right) =>
        left == SpaceGlyph || right == SpaceGlyph || left == 0 || right == 0 ? 0 : _pairs.Kern(left, right);

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

    // The no-break space is drawn as a space (see NoBreakSpace).
    private static char Drawn(char c) => c == '\u00A0' ? ' ' : c;
}
