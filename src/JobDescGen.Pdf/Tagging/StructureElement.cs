namespace JobDescGen.Pdf.Tagging;

/// <summary>
/// One element of the structure tree: its type (/S), its parent, and its kids in reading order —
/// child elements, marked-content sequences on pages and link annotations.
/// </summary>
internal sealed class StructureElement(string type, StructureElement? parent)
{
    public string Type { get; } = type;

    public StructureElement? Parent { get; } = parent;

    public List<StructureKid> Kids { get; } = [];

    /// <summary>A table header cell's scope ("Column" or "Row"), or null.</summary>
    public string? Scope { get; init; }

    /// <summary>The element's /ID (PDF/UA asks one of every Note), or null.</summary>
    public string? Id { get; init; }

    /// <summary>The object number the assembler gives the element.</summary>
    public int Number { get; set; }
}
