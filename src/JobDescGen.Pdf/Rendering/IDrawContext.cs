using JobDescGen.Pdf.Tagging;
using JobDescGen.Pdf.Text;
using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Rendering;

/// <summary>
/// What layout elements draw on: text, rectangles, lines and the structure tags around them.
/// Coordinates are points from the page's top-left corner. Tests record the calls instead of drawing.
/// </summary>
internal interface IDrawContext
{
    /// <summary>Draws <paramref name="text"/> with its baseline at <paramref name="baseline"/>.</summary>
    void Text(string text, TextStyle style, double x, double baseline);

    /// <summary>Fills a rectangle; decoration, so it is marked as an artifact.</summary>
    void Fill(XRect rect, XColor color);

    /// <summary>Draws a line; decoration, so it is marked as an artifact.</summary>
    void Line(double x1, double y1, double x2, double y2, XColor color, double thickness);

    /// <summary>Draws an image, which may be shared with other documents and threads; decoration, so it is marked as an artifact.</summary>
    void Image(XImage image, XRect rect);

    /// <summary>Opens a structure element.</summary>
    void BeginTag(StructureTag tag);

    /// <summary>Closes the innermost structure element.</summary>
    void EndTag();

    /// <summary>Starts page furniture (header, footer, repeated table header) that readers skip.</summary>
    void BeginArtifact(ArtifactKind kind = ArtifactKind.Layout);

    /// <summary>Ends page furniture.</summary>
    void EndArtifact();

    /// <summary>Adds a bookmark to the outline at the current page and height.</summary>
    void Bookmark(int level, string title, double y);

    /// <summary>Records that in-document links to <paramref name="anchor"/> go to the current page at this height.</summary>
    void Anchor(string anchor, double y);
}
