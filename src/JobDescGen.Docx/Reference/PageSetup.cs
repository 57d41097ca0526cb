namespace JobDescGen.Docx.Reference;

/// <summary>Page size and margins in twentieths of a point (twips), as Word's section properties hold them.</summary>
internal sealed record PageSetup(uint Width, uint Height, int Top, int Bottom, uint Left, uint Right, uint HeaderDistance, uint FooterDistance, bool Landscape)
{
    /// <summary>A4 with the PDF theme's margins (25, 22, 24 and 24 mm), header and footer 12 mm from the edge.</summary>
    public static PageSetup BuiltIn { get; } = new(11906, 16838, 1417, 1247, 1361, 1361, 680, 567, false);

    /// <summary>The width between the margins: the table's width.</summary>
    public int ContentWidth => Math.Max(1440, (int)Width - (int)Left - (int)Right);
}
