namespace JobDescGen.Docx.Building;

/// <summary>Where a block sits: how deep in lists, the paragraph style its text takes (the notice's), whether it is in an optional result area.</summary>
internal readonly record struct Scope(int ListDepth, string? ParagraphStyle, bool Optional)
{
    public static Scope Body { get; } = new(0, null, false);
}
