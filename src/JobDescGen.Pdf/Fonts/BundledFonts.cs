using System.Reflection;

namespace JobDescGen.Pdf.Fonts;

/// <summary>
/// The font families shipped inside the tool (open licences, licence file beside the fonts), because
/// PDFsharp finds no system fonts on Linux and documents must look the same on every machine.
/// </summary>
internal static class BundledFonts
{
    private static readonly Assembly Assembly = typeof(BundledFonts).Assembly;

    /// <summary>The families a theme can name.</summary>
    public static IReadOnlyList<string> Families { get; } = ["Carlito"];

    /// <summary>The face name PDFsharp asks for: "Carlito-BoldItalic".</summary>
    public static string FaceName(string family, bool bold, bool italic) =>
        family + "-" + (bold, italic) switch
        {
            (true, true) => "BoldItalic",
            (true, false) => "Bold",
            (false, true) => "Italic",
            _ => "Regular",
        };

    /// <summary>The TrueType file of a face, or null when no such face is bundled.</summary>
    public static byte[]? Read(string faceName)
    {
        var family = faceName.Split('-')[0];
        var resource = $"fonts/{family}/{faceName}.ttf";
        using var stream = Assembly.GetManifestResourceStream(resource);
        if (stream is null)
        {
            return null;
        }

        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
