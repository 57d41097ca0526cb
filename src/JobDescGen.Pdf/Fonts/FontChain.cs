namespace JobDescGen.Pdf.Fonts;

/// <summary>
/// The families that draw what a style's own family lacks, in the theme's order (DejaVu Sans, then
/// Symbola): each character is drawn with the first family that has it. Equal when the families are,
/// so styles that carry one compare by value.
/// </summary>
internal sealed class FontChain : IEquatable<FontChain>
{
    private readonly string[] _families;

    public FontChain(IEnumerable<string> families) => _families = [.. families];

    /// <summary>No fallback: what the family lacks is drawn as its missing-glyph box.</summary>
    public static FontChain None { get; } = new([]);

    public IReadOnlyList<string> Families => _families;

    public bool Equals(FontChain? other) => other is not null && _families.AsSpan().SequenceEqual(other._families);

    public override bool Equals(object? obj) => Equals(obj as FontChain);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var family in _families)
        {
            hash.Add(family, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => string.Join(", ", _families);
}
