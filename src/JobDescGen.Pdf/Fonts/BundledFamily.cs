namespace JobDescGen.Pdf.Fonts;

/// <summary>A bundled family: its name in themes ("DejaVu Sans") and which faces have their own file.</summary>
internal sealed record BundledFamily(string Name, bool HasBold, bool HasItalic)
{
    /// <summary>The name without spaces, as the folder and the files are named ("DejaVuSans").</summary>
    public string Stem => Name.Replace(" ", string.Empty, StringComparison.Ordinal);
}
