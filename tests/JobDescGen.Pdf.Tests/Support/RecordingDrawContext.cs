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

    /// <summary>Every filled rectangle and every line's bounding box: decoration that must stay on the page too.</summary>
    public List<XRect> Shapes { get; } = [];

    /// <summary>The texts drawn inside an artifact, which screen readers skip.</summary>
    public List<string> ArtifactTexts { get; } = [];

    private int _artifactDepth;

    public void Text(string text, TextStyle style, double x, double baseline)
    {
        Texts.Add((text, style, x, baseline));
        if (_artifactDepth > 0)
        {
            ArtifactTexts.Add(text);
        }
    }

    public void Fill(XRect rect, XColor color)
    {
        Events.Add("fill");
        Shapes.Add(rect);
    }

    public void Line(double x1, double y1, double x2, double y2, XColor color, double thickness)
    {
        Events.Add("line");
        Shapes.Add(new XRect(Math.Min(x1, x2), Math.Min(y1, y2) - (thickness / 2), Math.Abs(x2 - x1), Math.Abs(y2 - y1) + thickness));
    }

    public void Image(XImage image, XRect rect) => Events.Add("image");

    public void BeginTag(StructureTag tag) => Events.Add("<" + tag);

    public void EndTag() => Events.Add(">");

    /// <summary>The kind of every artifact begun, in order.</summary>
    public List<ArtifactKind> ArtifactKinds { get; } = [];

    public void BeginArtifact(ArtifactKind kind = ArtifactKind.Layout)
    {
        Events.Add("<artifact");
        ArtifactKinds.Add(kind);
        _artifactDepth++;
    }

    public void EndArtifact()
    {
        Events.Add("artifact>");
        _artifactDepth--;
    }

    public void Bookmark(int level, string title, double y) => Events.Add($"bookmark {level} {title}");

    /// <summary>The in-document link targets drawn, with their heights.</summary>
    public List<(string Anchor, double Y)> Anchors { get; } = [];

    public void Anchor(string anchor, double y) => Anchors.Add((anchor, y));
}
