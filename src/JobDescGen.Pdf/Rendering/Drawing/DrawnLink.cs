using JobDescGen.Pdf.Text;

namespace JobDescGen.Pdf.Rendering.Drawing;

/// <summary>A link whose words are being drawn: its annotation spans from the first word's start to the last one's end.</summary>
internal sealed class DrawnLink(TextLink link, int annotation, double start, double baseline, TextStyle style)
{
    public TextLink Link { get; } = link;

    /// <summary>The index its annotation will have among the document's annotations.</summary>
    public int Annotation { get; } = annotation;

    public double Start { get; } = start;

    public double Baseline { get; } = baseline;

    public TextStyle Style { get; } = style;

    public double End { get; set; } = start;
}
