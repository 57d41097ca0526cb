namespace JobDescGen.Diagnostics;

/// <summary>A 1-based position in a source file.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>A location that points at a whole file rather than a spot in it.</summary>
    public static SourceLocation FileOnly(string file) => new(file, 0, 0);

    /// <summary>True when the location names a line and column.</summary>
    public bool HasPosition => Line > 0;

    /// <inheritdoc />
    public override string ToString() => HasPosition ? $"{File}:{Line}:{Column}" : File;
}
