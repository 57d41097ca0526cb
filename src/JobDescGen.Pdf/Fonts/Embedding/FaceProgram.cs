using System.Collections.Concurrent;
using JobDescGen.Pdf.Fonts.TrueType;

namespace JobDescGen.Pdf.Fonts.Embedding;

/// <summary>
/// A bundled face as a PDF embeds it, read once per process: its glyphs by character, advance
/// widths, kerning and the font descriptor's metrics (in thousandths of an em).
/// </summary>
internal sealed class FaceProgram
{
    private static readonly ConcurrentDictionary<string, Lazy<FaceProgram?>> Faces = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<(string Family, bool Bold, bool Italic), FaceProgram?> ByStyle = new();

    private readonly int _metricCount;
    private readonly int _hmtx;

    private FaceProgram(string face, byte[] file, FaceKerning kerning)
    {
        Face = face;
        File = file;
        Kerning = kerning;
        Tables = new FontTables(file);
        var head = Tables["head"];
        var hhea = Tables["hhea"];
        UnitsPerEm = FontTables.U16(head, 18);
        GlyphCount = FontTables.U16(Tables["maxp"], 4);
        _metricCount = FontTables.U16(hhea, 34);
        _hmtx = Tables.OffsetOf("hmtx");
        var os2 = Tables["OS/2"];

        // The Windows ascent and descent, as PDFsharp's metrics took them when the layout was made
        // (the layout's baselines) — the hhea ones where a font has no such table.
        AscentUnits = os2.Length >= 78 ? FontTables.U16(os2, 74) : FontTables.S16(hhea, 4);
        DescentUnits = Math.Abs(os2.Length >= 78 ? FontTables.U16(os2, 76) : FontTables.S16(hhea, 6));
        Ascent = Thousandths(AscentUnits);

        // The descent lies below the baseline: negative, whatever sign a font's table gives it.
        Descent = -Thousandths(DescentUnits);
        BoundingBox = [Thousandths(FontTables.S16(head, 36)), Thousandths(FontTables.S16(head, 38)), Thousandths(FontTables.S16(head, 40)), Thousandths(FontTables.S16(head, 42))];
        CapHeight = os2.Length >= 90 ? Thousandths(FontTables.S16(os2, 88)) : Ascent;
        XHeight = os2.Length >= 88 ? Thousandths(FontTables.S16(os2, 86)) : 0;
        var post = Tables["post"];
        ItalicAngle = post.Length >= 8 ? (int)Math.Round(FontTables.S16(post, 4) + (FontTables.U16(post, 6) / 65536.0)) : 0;
        BaseName = face.EndsWith("-Regular", StringComparison.Ordinal) ? face[..^"-Regular".Length] : face;
    }

    /// <summary>The served face ("Carlito-Bold").</summary>
    public string Face { get; }

    /// <summary>The name the PDF gives the font, before its subset tag ("Carlito-Bold", "DejaVuSans").</summary>
    public string BaseName { get; }

    /// <summary>The whole TrueType file; shared, never changed.</summary>
    public byte[] File { get; }

    public FontTables Tables { get; }

    public FaceKerning Kerning { get; }

    public int UnitsPerEm { get; }

    public int GlyphCount { get; }

    /// <summary>The ascent in font units, as layout sets baselines with it.</summary>
    public int AscentUnits { get; }

    /// <summary>The descent in font units, positive (how far below the baseline).</summary>
    public int DescentUnits { get; }

    /// <summary>The ascent in thousandths of an em, as the font descriptor states it.</summary>
    public int Ascent { get; }

    public int Descent { get; }

    public int CapHeight { get; }

    public int XHeight { get; }

    public int ItalicAngle { get; }

    public int[] BoundingBox { get; }

    /// <summary>The face that serves <paramref name="faceName"/> (a simulated bold or italic gets the face it is made from), or null when no such family is bundled.</summary>
    public static FaceProgram? For(string faceName) =>
        BundledFonts.Served(faceName) is { } served
            ? Faces.GetOrAdd(served.Face, name => new Lazy<FaceProgram?>(() =>
                BundledFonts.Read(name) is { } file && FaceKerning.For(name) is { } kerning ? new FaceProgram(name, file, kerning) : null)).Value
            : null;

    /// <summary>The face that draws a style; each style is looked up once (measuring asks for every character first met).</summary>
    public static FaceProgram? For(string family, bool bold, bool italic) =>
        ByStyle.GetOrAdd((family, bold, italic), key => For(BundledFonts.FaceName(key.Family, key.Bold, key.Italic)));

    /// <summary>The glyph of a code point, 0 (.notdef) when the face has none; the no-break space is drawn as a space.</summary>
    public ushort Glyph(int codePoint) => Kerning.GlyphOf(codePoint == '\u00A0' ? ' ' : codePoint);

    /// <summary>A glyph's advance in font units (hmtx), as the layout measures it.</summary>
    public int Advance(int glyph) => FontTables.U16(File, _hmtx + (4 * Math.Min(glyph, _metricCount - 1)));

    /// <summary>A glyph's width in thousandths of an em, to two decimals: along a line the drift stays below a hundredth of a point.</summary>
    public double Width(int glyph) => Math.Round(Advance(glyph) * 1000.0 / UnitsPerEm, 2);

    private int Thousandths(int units) => (int)Math.Round(units * 1000.0 / UnitsPerEm);
}
