using JobDescGen.Pdf.Text;
using PdfSharp.Pdf.Annotations;

namespace JobDescGen.Pdf.Rendering;

/// <summary>A link whose words are being drawn: its annotation spans from the first word's start to the last one's end.</summary>
internal sealed class OpenLink(TextLink link, PdfLinkAnnotation annotation, double start, double baseline, TextStyle style)
{
    public TextLink Link { get; } = link;

    public PdfLinkAnnotation Annotation { get; } = annotation;

    public double Start { get; } = start;

    public double Baseline { get; } = baseline;

    public TextStyle Style { get; } = style;

    public double End { get; set; } = start;
}
