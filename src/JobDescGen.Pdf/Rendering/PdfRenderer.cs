using JobDescGen.Pdf.Layout;
using JobDescGen.Pdf.Rendering.Assembly;
using JobDescGen.Pdf.Rendering.Objects;
using JobDescGen.Pdf.Rendering.Drawing;
using JobDescGen.Pdf.Text;
using JobDescGen.Pdf.Theme;

namespace JobDescGen.Pdf.Rendering;

/// <summary>
/// Draws laid-out pages straight into their content streams, furniture as artifacts, then assembles
/// the document (fonts, structure tree, outline, links, metadata) and writes it once.
/// </summary>
internal static class PdfRenderer
{
    // A page's content before it is deflated: reused from page to page and document to document on a thread.
    [ThreadStatic]
    private static ByteBuffer? t_content;

    public static byte[] Write(PageLayout layout, PdfTheme theme, PageFurniture furniture, DocumentMetadata metadata, ITextMeasurer measurer) =>
        DocumentAssembler.Write(Draw(layout, theme, furniture, measurer), metadata);

    /// <summary>Draws every page; the canvas holds their deflated content and what the assembler writes besides.</summary>
    public static DocumentCanvas Draw(PageLayout layout, PdfTheme theme, PageFurniture furniture, ITextMeasurer measurer)
    {
        var canvas = new DocumentCanvas(theme.PageWidth, theme.PageHeight);
        var content = ByteBuffer.Rent(ref t_content, 64 * 1024);
        for (var i = 0; i < layout.Pages.Count; i++)
        {
            content.Clear();
            var context = new PageDrawContext(canvas, i, measurer, content);
            layout.Pages[i].Draw(context, theme.Margins.Left, theme.Margins.Top, layout.Width);
            furniture.Draw(context, i + 1, layout.Pages.Count);
            context.Finish();
            canvas.Pages.Add(Deflate.Compress(content.Written));
        }

        // Elements still open after the last page close with the document.
        while (canvas.Structure.Depth > 0)
        {
            canvas.Structure.End();
        }

        ByteBuffer.Release(ref t_content);
        return canvas;
    }
}
