using JobDescGen.Pdf.Fonts;
using JobDescGen.Pdf.Fonts.Embedding;
using JobDescGen.Pdf.Rendering.Navigation;
using JobDescGen.Pdf.Tagging;
using JobDescGen.Pdf.Text;

namespace JobDescGen.Pdf.Rendering.Drawing;

/// <summary>
/// What the pages of one document draw into besides their content: the fonts and images they use,
/// the structure tree, bookmarks, link anchors and link annotations. The assembler writes it out.
/// </summary>
internal sealed class DocumentCanvas(double pageWidth, double pageHeight)
{
    private readonly Dictionary<(string Family, bool Bold, bool Italic), DrawnFace> _faces = [];
    private readonly Dictionary<string, EmbeddedFont> _fonts = new(StringComparer.Ordinal);

    public double PageWidth { get; } = pageWidth;

    public double PageHeight { get; } = pageHeight;

    public StructureTree Structure { get; } = new();

    public Outline Outline { get; } = new();

    public Anchors Anchors { get; } = new();

    public List<LinkAnnotation> Annotations { get; } = [];

    /// <summary>The fonts used, in the order first used (resource names F0, F1 …).</summary>
    public List<EmbeddedFont> Fonts { get; } = [];

    /// <summary>The images drawn, in the order first drawn (resource names I0, I1 …).</summary>
    public List<ImageObject> Images { get; } = [];

    /// <summary>Each page's content stream, deflated, in page order.</summary>
    public List<byte[]> Pages { get; } = [];

    /// <summary>The font that draws <paramref name="style"/>: one per bundled face, a simulated style sharing the face it is made from.</summary>
    public DrawnFace Face(TextStyle style)
    {
        if (_faces.TryGetValue((style.Family, style.Bold, style.Italic), out var face))
        {
            return face;
        }

        var name = BundledFonts.FaceName(style.Family, style.Bold, style.Italic);
        var served = BundledFonts.Served(name) ?? throw new InvalidOperationException($"'{style.Family}' is not a bundled font family.");
        if (!_fonts.TryGetValue(served.Face, out var font))
        {
            var program = FaceProgram.For(served.Face) ?? throw new InvalidOperationException($"The bundled face '{served.Face}' cannot be read.");
            font = new EmbeddedFont(program, "F" + Fonts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            _fonts[served.Face] = font;
            Fonts.Add(font);
        }

        face = new DrawnFace(font, served.SimulateBold, served.SimulateItalic);
        _faces[(style.Family, style.Bold, style.Italic)] = face;
        return face;
    }

    /// <summary>The resource name of an image, added on first use.</summary>
    public string ImageName(ImageObject image)
    {
        var index = Images.IndexOf(image);
        if (index < 0)
        {
            index = Images.Count;
            Images.Add(image);
        }

        return "I" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
