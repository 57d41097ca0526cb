namespace JobDescGen.Pdf.Rendering;

/// <summary>How many structure elements are open, carried from page to page so the last page can close them all.</summary>
internal sealed class TagDepth
{
    public int Open { get; set; }
}
