using JobDescGen.Pdf.Layout;
using JobDescGen.Pdf.Rendering.Compaction;
using JobDescGen.Pdf.Text;
using JobDescGen.Pdf.Theme;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace JobDescGen.Pdf.Rendering;

/// <summary>
/// Draws laid-out pages into a tagged PDF: one page at a time (PDFsharp's structure builder follows
/// the current page), furniture as artifacts, metadata and outline, then pins the random parts.
/// </summary>
internal static class PdfRenderer
{
    private const int InitialBufferSize = 256 * 1024;
    private const int MaxKeptBufferSize = 4 * 1024 * 1024;

    [ThreadStatic]
    private static MemoryStream? t_buffer;

    // The saved file with its metadata completed, before compaction: reused like t_buffer.
    [ThreadStatic]
    private static byte[]? t_adjusted;

    public static byte[] Render(PageLayout layout, PdfTheme theme, PageFurniture furniture, DocumentMetadata metadata, ITextMeasurer measurer)
    {
        using var document = new PdfDocument();
        // Saved uncompressed: the compactor rewrites the pages and fonts and deflates everything once.
        document.Options.NoCompression = true;
        document.Options.CompressContentStreams = false;
        document.PageMode = PdfPageMode.UseOutlines;
        WriteInfo(document, metadata);

        var structure = UAManager.ForDocument(document);
        structure.SetDocumentLanguage(metadata.Language);
        var outline = new OutlineBuilder(document);
        var links = new LinkDestinations();
        var depth = new TagDepth();
        var marks = new List<PageMarks>();
        for (var i = 0; i < layout.Pages.Count; i++)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(theme.PageWidth);
            page.Height = XUnit.FromPoint(theme.PageHeight);
            using var graphics = XGraphics.FromPdfPage(page);
            var context = new PdfDrawContext(graphics, structure.StructureBuilder, page, outline, links, depth, measurer);
            layout.Pages[i].Draw(context, theme.Margins.Left, theme.Margins.Top, layout.Width);
            furniture.Draw(context, i + 1, layout.Pages.Count);
            if (i == layout.Pages.Count - 1)
            {
                while (depth.Open > 0)
                {
                    context.EndTag();
                }
            }

            context.Flush();
            marks.Add(new PageMarks(context.Artifacts, context.SoftHyphens, context.Gaps));
        }

        links.Resolve(document);

        // The saved file goes into this thread's buffer, kept from document to document: a file of
        // tens of kilobytes would otherwise grow a fresh stream (large-object-heap garbage) each time.
        var stream = t_buffer ??= new MemoryStream(InitialBufferSize);
        stream.SetLength(0);
        document.Save(stream, closeStream: false);
        var saved = stream.GetBuffer().AsSpan(0, (int)stream.Length);
        // Completed and pinned in a second reused buffer, for the same reason.
        var length = XmpAdjustment.Add(saved, ref t_adjusted);
        var adjusted = t_adjusted.AsSpan(0, length);
        ReproducibleOutput.Pin(adjusted);
        var result = PdfCompactor.Compact(t_adjusted.AsMemory(0, length), marks);
        if (stream.Capacity > MaxKeptBufferSize)
        {
            t_buffer = null;
            t_adjusted = null;
        }

        return result;
    }

    private static void WriteInfo(PdfDocument document, DocumentMetadata metadata)
    {
        document.Info.Title = metadata.Title;
        document.Info.Subject = metadata.Subject;
        // Without an author PDFsharp would still write an empty dc:creator into the XMP; setting
        // none at all leaves both the Info entry and the XMP element out.
        if (!string.IsNullOrWhiteSpace(metadata.Author))
        {
            document.Info.Author = metadata.Author;
        }

        document.Info.Keywords = metadata.Keywords;
        document.Info.Creator = metadata.Creator;
        document.Info.CreationDate = metadata.Date;
        document.Info.ModificationDate = metadata.Date;
    }
}
