namespace JobDescGen.Pdf.Rendering.Compaction;

/// <summary>A stream's bytes compared by content: the key of the re-deflated image cache.</summary>
internal sealed class StreamContentKey : IEquatable<StreamContentKey>
{
    private readonly byte[] _content;
    private readonly int _hash;

    /// <param name="content">Not changed afterwards: the key keeps it.</param>
    public StreamContentKey(byte[] content)
    {
        _content = content;
        var hash = new HashCode();
        hash.AddBytes(content);
        _hash = hash.ToHashCode();
    }

    public bool Equals(StreamContentKey? other) =>
        other is not null && _hash == other._hash && _content.AsSpan().SequenceEqual(other._content);

    public override bool Equals(object? obj) => Equals(obj as StreamContentKey);

    public override int GetHashCode() => _hash;
}
