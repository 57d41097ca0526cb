namespace JobDescGen.Pdf.Fonts.Embedding;

/// <summary>
/// One face as one document uses it: the glyphs drawn (the CIDs of the content streams are the
/// face's glyph ids) and the character each stands for, which the ToUnicode map gives back. A
/// character no font has is drawn as .notdef under a CID of its own past the face's last glyph, so
/// each such character keeps its own ToUnicode entry.
/// </summary>
internal sealed class EmbeddedFont
{
    private readonly bool[] _used;
    private readonly int[] _characters;
    private readonly List<int> _missing = [];

    public EmbeddedFont(FaceProgram program, string resourceName)
    {
        Program = program;
        ResourceName = resourceName;
        _used = new bool[program.GlyphCount];
        _characters = new int[program.GlyphCount];
    }

    public FaceProgram Program { get; }

    /// <summary>The font's name in the page resources ("F0").</summary>
    public string ResourceName { get; }

    /// <summary>The characters drawn as .notdef, in order: the one at index i has CID GlyphCount + i.</summary>
    public IReadOnlyList<int> Missing => _missing;

    /// <summary>The CID that draws <paramref name="codePoint"/>, recorded as used.</summary>
    public ushort Cid(int codePoint)
    {
        var glyph = Program.Glyph(codePoint);
        if (glyph == 0)
        {
            return MissingCid(codePoint);
        }

        if (!_used[glyph])
        {
            _used[glyph] = true;

            // A glyph shared by several characters reads as the first one drawn (a no-break space as a space).
            _characters[glyph] = codePoint == '\u00A0' ? ' ' : codePoint;
        }

        return glyph;
    }

    /// <summary>The glyph ids drawn, ascending, .notdef included.</summary>
    public int[] Glyphs()
    {
        var glyphs = new List<int> { 0 };
        for (var g = 1; g < _used.Length; g++)
        {
            if (_used[g])
            {
                glyphs.Add(g);
            }
        }

        return [.. glyphs];
    }

    /// <summary>The character of each CID drawn, ascending by CID.</summary>
    public IEnumerable<(int Cid, int Character)> Characters()
    {
        for (var g = 1; g < _used.Length; g++)
        {
            if (_used[g])
            {
                yield return (g, _characters[g]);
            }
        }

        for (var i = 0; i < _missing.Count; i++)
        {
            yield return (Program.GlyphCount + i, _missing[i]);
        }
    }

    private ushort MissingCid(int codePoint)
    {
        var index = _missing.IndexOf(codePoint);
        if (index < 0)
        {
            index = _missing.Count;
            _missing.Add(codePoint);
        }

        return (ushort)(Program.GlyphCount + index);
    }
}
