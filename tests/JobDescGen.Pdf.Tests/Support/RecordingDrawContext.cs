using JobDescGen.Pdf.Rendering;
using JobDescGen.Pdf.Tagging;
using JobDescGen.Pdf.Text;
using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Tests.Support;

/// <summary>Records what blocks draw, with positions, instead of drawing: geometry tests read it.</summary>
internal sealed class RecordingDrawContext : IDrawContext
{
    public List<(string Text, TextStyle Style, double X, double Baseline)> Texts { get; } = [];

    public List<string> Events { get; } = [];

    public void Text(string text, TextStyle style, double x, double baseline) => Texts.Add((text, style, x, baseline));

    public void Fill(XRect rect, XColor color) => Events.Add("fill");

    public void Line(double x1, double y1, double x2, double y2, XColor color, double thickness) => Events.Add("line");

    public void Image(byte[] image, XRect rect) => Events.Add("image");

    public void BeginTag(StructureTag tag) => Events.Add("<" + tag);

    public void EndTag() => Events.Add(">");

    public void BeginArtifact() => Events.Add("<artifact");

    public void EndArtifact() => Events.Add("artifact>");

    public void Bookmark(int level, string title, double y) => Events.Add($"bookmark {level} {title}");
}
