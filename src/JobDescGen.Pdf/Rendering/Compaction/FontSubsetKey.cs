namespace JobDescGen.Pdf.Rendering.Compaction;

/// <summary>
/// A font subset as PDFsharp saved it and the glyphs drawn from it, compared by content: the key of
/// the compacted-font cache. Its hash reads the subset's ends (the table directory, with every
/// table's checksum, and the last tables) and the glyph ids; equality compares every byte, so
/// a key costs a memory comparison on a hit instead of a cryptographic hash of the whole subset.
/// </summary>
internal sealed class FontSubsetKey : IEquatable<FontSubsetKey>
{
    private const int HashedEnd = 4096;

    private readonly byte[] _subset;
    private readonly int[] _glyphs;
    private readonly int _hash;

    /// <param name="subset">Not changed afterwards: the key keeps it.</param>
    /// <param name="drawn">The glyph ids drawn, in any order.</param>
    public FontSubsetKey(byte[] subset, IReadOnlyCollection<int> drawn)
    {
        _subset = subset;
        _glyphs = [.. drawn];
        Array.Sort(_glyphs);
        var hash = new HashCode();
        hash.Add(subset.Length);
        hash.AddBytes(subset.AsSpan(0, Math.Min(HashedEnd, subset.Length)));
        hash.AddBytes(subset.AsSpan(Math.Max(0, subset.Length - HashedEnd)));
        foreach (var glyph in _glyphs)
        {
            hash.Add(glyph);
        }

        _hash = hash.ToHashCode();
    }

    public bool Equals(FontSubsetKey? other) =>
        other is not null && _hash == other._hash && _subset.AsSpan().SequenceEqual(other._subset) && _glyphs.AsSpan().SequenceEqual(other._glyphs);

    public override bool Equals(object? obj) => Equals(obj as FontSubsetKey);

    public override int GetHashCode() => _hash;
}
