namespace JobDescGen.Pdf.Fonts.Embedding;

/// <summary>A face and the glyph ids drawn from it, compared by content: the key of the subset cache.</summary>
internal sealed class FontSubsetKey : IEquatable<FontSubsetKey>
{
    private readonly string _face;
    private readonly int[] _glyphs;
    private readonly int _hash;

    /// <summary>A key of <paramref name="face"/> and <paramref name="glyphs"/> (ascending; not changed afterwards, the key keeps it).</summary>
    public FontSubsetKey(string face, int[] glyphs)
    {
        _face = face;
        _glyphs = glyphs;
        var hash = default(HashCode);
        hash.Add(face, StringComparer.Ordinal);
        foreach (var glyph in glyphs)
        {
            hash.Add(glyph);
        }

        _hash = hash.ToHashCode();
    }

    public bool Equals(FontSubsetKey? other) =>
        other is not null && _hash == other._hash && _face == other._face && _glyphs.AsSpan().SequenceEqual(other._glyphs);

    public override bool Equals(object? obj) => Equals(obj as FontSubsetKey);

    public override int GetHashCode() => _hash;
}
