using System.Collections.Concurrent;
using System.Reflection;

namespace JobDescGen.Pdf.Fonts;

/// <summary>
/// The font families shipped inside the tool (open licences, licence file beside the fonts), because
/// documents must look the same on every machine, whatever fonts it has installed.
/// Carlito has all four faces; the fallback families only the faces worth their size (a missing
/// bold or italic is simulated, see <see cref="Served"/>).
/// </summary>
internal static class BundledFonts
{
    /// <summary>
    /// How much wider, in ems, each character of a simulated bold is set: layout measures it so
    /// (as PDFsharp did when the layouts were made) and the page content spaces it so (Tc).
    /// </summary>
    public const double SimulatedBoldEmphasis = 0.02;

    private static readonly Assembly Assembly = typeof(BundledFonts).Assembly;

    // One copy of each file per process, shared by every reader (measuring, kerning, coverage,
    // subsetting): a cold run once read and copied each face twice.
    private static readonly ConcurrentDictionary<string, byte[]?> Files = new(StringComparer.Ordinal);

    private static readonly BundledFamily[] All =
    [
        new("Carlito", HasBold: true, HasItalic: true),
        new("DejaVu Sans", HasBold: true, HasItalic: false),
        new("Symbola", HasBold: false, HasItalic: false),
    ];

    /// <summary>The families a theme can name in its fallback chain.</summary>
    public static IReadOnlyList<string> Families { get; } = [.. All.Select(f => f.Name)];

    /// <summary>The families a theme can set text in (Symbola is only symbols: no letters).</summary>
    public static IReadOnlyList<string> TextFamilies { get; } = ["Carlito", "DejaVu Sans"];

    /// <summary>The family named <paramref name="name"/> (any case), or null.</summary>
    public static BundledFamily? Find(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(f.Stem, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The face name of a style: "Carlito-BoldItalic", "DejaVuSans-Bold".</summary>
    public static string FaceName(string family, bool bold, bool italic) =>
        (Find(family)?.Stem ?? family.Replace(" ", string.Empty, StringComparison.Ordinal)) + "-" + (bold, italic) switch
        {
            (true, true) => "BoldItalic",
            (true, false) => "Bold",
            (false, true) => "Italic",
            _ => "Regular",
        };

    /// <summary>
    /// The face whose file serves <paramref name="faceName"/>, and what must be simulated: a family
    /// without italics serves "DejaVuSans-Italic" from "DejaVuSans-Regular", slanted.
    /// </summary>
    public static (string Face, bool SimulateBold, bool SimulateItalic)? Served(string faceName)
    {
        var dash = faceName.LastIndexOf('-');
        var family = dash < 0 ? null : Find(faceName[..dash]);
        if (family is null)
        {
            return null;
        }

        var style = faceName[(dash + 1)..];
        var bold = style.Contains("Bold", StringComparison.Ordinal);
        var italic = style.Contains("Italic", StringComparison.Ordinal);
        var servedBold = bold && family.HasBold;
        var servedItalic = italic && family.HasItalic;
        return (FaceName(family.Name, servedBold, servedItalic), bold && !servedBold, italic && !servedItalic);
    }

    /// <summary>The TrueType file serving a face (the nearest bundled one), or null when no such family is bundled; callers share it and must not change it.</summary>
    public static byte[]? Read(string faceName) =>
        Served(faceName) is { } served ? Files.GetOrAdd(served.Face, ReadResource) : null;

    private static byte[]? ReadResource(string face)
    {
        var stem = face[..face.LastIndexOf('-')];
        using var stream = Assembly.GetManifestResourceStream($"fonts/{stem}/{face}.ttf");
        if (stream is null)
        {
            return null;
        }

        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
