using JobDescGen.Pdf.Layout;
using JobDescGen.Pdf.Rendering.Compaction;
using JobDescGen.Pdf.Rendering.Saving;
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

    [ThreadStatic]
    private static ByteBuffer? t_saved;

    // The saved file with its metadata completed, before compaction: reused like t_buffer.
    [ThreadStatic]
    private static byte[]? t_adjusted;

    /// <summary>Draws the pages into a new document, not yet saved; <paramref name="marks"/> gets what the compactor needs per page.</summary>
    internal static PdfDocument Draw(PageLayout layout, PdfTheme theme, PageFurniture furniture, DocumentMetadata metadata, ITextMeasurer measurer, out List<PageMarks> marks)
    {
        var document = new PdfDocument();
        try
        {
            marks = DrawPages(document, layout, theme, furniture, metadata, measurer);
            return document;
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    private static List<PageMarks> DrawPages(PdfDocument document, PageLayout layout, PdfTheme theme, PageFurniture furniture, DocumentMetadata metadata, ITextMeasurer measurer)
    {
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
        return marks;
    }

    /// <summary>
    /// Saves a drawn document, completes its metadata, pins its random parts and compacts it.
    /// <see cref="SavedFileWriter"/> writes the file where it applies, else PDFsharp's Save: the
    /// same bytes (<paramref name="throughPdfSharp"/> lets tests compare the two, and
    /// <paramref name="reuseImages"/> an image deflated anew with one from the compactor's cache).
    /// </summary>
    internal static byte[] Finish(PdfDocument document, List<PageMarks> marks, bool throughPdfSharp = false, bool reuseImages = true) =>
        !throughPdfSharp && SavedFileWriter.CanWrite(document) ? SaveDirectly(document, marks, reuseImages) : SaveThroughPdfSharp(document, marks, reuseImages);

    // The saved file goes into this thread's buffer, kept from document to document: a file of
    // tens of kilobytes would otherwise grow a fresh buffer (large-object-heap garbage) each time.
    private static byte[] SaveDirectly(PdfDocument document, List<PageMarks> marks, bool reuseImages)
    {
        var saved = ByteBuffer.Rent(ref t_saved, InitialBufferSize);
        SavedFileWriter.Write(document, saved);
        var result = Complete(saved.Written, marks, reuseImages);
        ByteBuffer.Release(ref t_saved);
        return result;
    }

    private static byte[] SaveThroughPdfSharp(PdfDocument document, List<PageMarks> marks, bool reuseImages)
    {
        var stream = t_buffer ??= new MemoryStream(InitialBufferSize);
        stream.SetLength(0);
        document.Save(stream, closeStream: false);
        var result = Complete(stream.GetBuffer().AsSpan(0, (int)stream.Length), marks, reuseImages);
        if (stream.Capacity > MaxKeptBufferSize)
        {
            t_buffer = null;
        }

        return result;
    }

    /// <summary>Completes the metadata of the saved file, pins its random parts and compacts it.</summary>
    private static byte[] Complete(ReadOnlySpan<byte> saved, List<PageMarks> marks, bool reuseImages)
    {
        // Completed and pinned in a second reused buffer: a file of tens of kilobytes would otherwise
        // be a fresh large-object-heap array each time.
        var length = XmpAdjustment.Add(saved, ref t_adjusted);
        var adjusted = t_adjusted.AsSpan(0, length);
        ReproducibleOutput.Pin(adjusted);
        var result = PdfCompactor.Compact(t_adjusted.AsMemory(0, length), marks, reuseImages);
        if (t_adjusted!.Length > MaxKeptBufferSize)
        {
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
