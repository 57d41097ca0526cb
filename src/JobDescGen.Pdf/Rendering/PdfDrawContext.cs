using JobDescGen.Pdf.Tagging;
using JobDescGen.Pdf.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace JobDescGen.Pdf.Rendering;

/// <summary>
/// Draws on one PDF page through PDFsharp, wrapping decoration in artifacts and text in the
/// structure elements the layout opens. Structure elements may stay open from page to page.
/// </summary>
internal sealed class PdfDrawContext(XGraphics graphics, StructureBuilder structure, PdfPage page, OutlineBuilder outline, TagDepth depth) : IDrawContext
{
    private readonly Dictionary<XColor, XSolidBrush> _brushes = [];
    private int _artifactDepth;

    public void Text(string text, TextStyle style, double x, double baseline) =>
        graphics.DrawString(NoBreakSpace.AsSpace(text), FontCache.Get(style), Brush(style.Color), x, baseline, XStringFormats.BaseLineLeft);

    public void Fill(XRect rect, XColor color) => Decorate(() => graphics.DrawRectangle(Brush(color), rect));

    public void Line(double x1, double y1, double x2, double y2, XColor color, double thickness)
    {
        if (thickness > 0)
        {
            Decorate(() => graphics.DrawLine(new XPen(color, thickness), x1, y1, x2, y2));
        }
    }

    public void Image(byte[] image, XRect rect) => Decorate(() =>
    {
        using var stream = new MemoryStream(image, writable: false);
        using var picture = XImage.FromStream(stream);
        graphics.DrawImage(picture, rect);
    });

    public void BeginTag(StructureTag tag)
    {
        if (_artifactDepth == 0)
        {
            StructureTagWriter.Begin(structure, tag);
            depth.Open++;
        }
    }

    public void EndTag()
    {
        // A tag closed inside an artifact was never opened; an extra close would unbalance the tree.
        if (_artifactDepth == 0 && depth.Open > 0)
        {
            structure.End();
            depth.Open--;
        }
    }

    public void BeginArtifact()
    {
        if (_artifactDepth++ == 0)
        {
            structure.BeginArtifact();
        }
    }

    public void EndArtifact()
    {
        if (--_artifactDepth == 0)
        {
            structure.End();
        }
    }

    public void Bookmark(int level, string title, double y)
    {
        if (_artifactDepth == 0)
        {
            outline.Add(level, title, page, y);
        }
    }

    private void Decorate(Action draw)
    {
        BeginArtifact();
        draw();
        EndArtifact();
    }

    private XSolidBrush Brush(XColor color)
    {
        if (!_brushes.TryGetValue(color, out var brush))
        {
            brush = new XSolidBrush(color);
            _brushes[color] = brush;
        }

        return brush;
    }
}
