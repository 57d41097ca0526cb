using System.Security.Cryptography;
using System.Text;
using JobDescGen.Pdf.Rendering.Objects;
using JobDescGen.Pdf.Rendering.Drawing;
using static JobDescGen.Pdf.Rendering.Assembly.ObjectTable;

namespace JobDescGen.Pdf.Rendering.Assembly;

/// <summary>
/// Builds the object graph of a drawn document — catalog, pages, fonts, images, structure tree,
/// bookmarks, link annotations, Info and XMP metadata — and writes it once, with object streams.
/// Nothing depends on the clock or chance: the file id and the XMP ids are derived from the content.
/// </summary>
internal static class DocumentAssembler
{
    public static byte[] Write(DocumentCanvas canvas, DocumentMetadata metadata)
    {
        var table = new ObjectTable();
        var catalog = table.Reserve();
        var info = table.Reserve();
        var pagesRoot = table.Reserve();
        var pages = Enumerable.Range(0, canvas.Pages.Count).Select(_ => table.Reserve()).ToArray();
        var annotations = canvas.Annotations.Select(_ => table.Reserve()).ToArray();

        var resources = table.Add(Dictionary(
            ("Font", canvas.Fonts.Count > 0 ? new PdfDictionary([.. canvas.Fonts.Select(f => new KeyValuePair<string, PdfValue>(f.ResourceName, FontObjects.Add(table, f)))]) : null),
            ("XObject", canvas.Images.Count > 0 ? new PdfDictionary([.. canvas.Images.Select((image, i) => new KeyValuePair<string, PdfValue>("I" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Image(table, image)))]) : null)));

        for (var i = 0; i < pages.Length; i++)
        {
            var contents = table.Add(Dictionary(("Filter", Name("FlateDecode"))), canvas.Pages[i]);
            var annots = Enumerable.Range(0, annotations.Length).Where(a => canvas.Annotations[a].Page == i).Select(a => (PdfValue)Reference(annotations[a])).ToList();
            table.Set(pages[i], Dictionary(
                ("Type", Name("Page")),
                ("Parent", Reference(pagesRoot)),
                ("MediaBox", Array([Integer(0), Integer(0), Number(canvas.PageWidth), Number(canvas.PageHeight)])),
                ("Resources", resources),
                ("Contents", contents),
                ("StructParents", Integer(i)),
                ("Annots", annots.Count > 0 ? new PdfArray(annots) : null),
                ("Tabs", annots.Count > 0 ? Name("S") : null)));
        }

        table.Set(pagesRoot, Dictionary(("Type", Name("Pages")), ("Kids", Array(pages.Select(p => (PdfValue)Reference(p)))), ("Count", Integer(pages.Length))));
        for (var a = 0; a < annotations.Length; a++)
        {
            table.Set(annotations[a], Annotation(canvas, a, pages));
        }

        var structure = StructureObjects.Add(table, canvas.Structure, pages, annotations);
        var outlines = OutlineObjects.Add(table, canvas.Outline, pages);

        // The file's fingerprint: what the pages show and what the document says about itself.
        var fingerprint = Fingerprint(canvas, metadata);
        var xmp = table.Add(
            Dictionary(("Type", Name("Metadata")), ("Subtype", Name("XML"))),
            XmpPacket.Of(metadata, new Guid(fingerprint.AsSpan(0, 16)), new Guid(fingerprint.AsSpan(16, 16))));

        table.Set(catalog, Dictionary(
            ("Type", Name("Catalog")),
            ("Pages", Reference(pagesRoot)),
            ("Lang", PdfStrings.Text(metadata.Language)),
            ("MarkInfo", Dictionary(("Marked", PdfToken.Of("true")))),
            ("StructTreeRoot", structure),
            ("ViewerPreferences", Dictionary(("DisplayDocTitle", PdfToken.Of("true")))),
            ("PageMode", Name(outlines is null ? "UseNone" : "UseOutlines")),
            ("Outlines", outlines),
            ("Metadata", xmp)));
        table.Set(info, Dictionary(
            ("Title", PdfStrings.Text(metadata.Title)),
            ("Subject", PdfStrings.Text(metadata.Subject)),
            ("Author", string.IsNullOrWhiteSpace(metadata.Author) ? null : PdfStrings.Text(metadata.Author)),
            ("Keywords", PdfStrings.Text(metadata.Keywords)),
            ("Creator", PdfStrings.Text(metadata.Creator)),
            ("Producer", PdfStrings.Text(metadata.Creator)),
            ("CreationDate", PdfStrings.Date(metadata.Date)),
            ("ModDate", PdfStrings.Date(metadata.Date))));

        var id = PdfToken.Of("<" + Convert.ToHexString(fingerprint.AsSpan(0, 16)) + ">");
        var trailer = Dictionary(("Root", Reference(catalog)), ("Info", Reference(info)), ("ID", Array([id, id])));
        return PdfFileWriter.Write(table.Objects, trailer);
    }

    private static PdfReference Image(ObjectTable table, ImageObject image)
    {
        var dictionary = image.NewDictionary();
        if (image.Mask is { } mask)
        {
            dictionary.Set("SMask", Image(table, mask));
        }

        return table.Add(dictionary, image.Stream);
    }

    private static PdfDictionary Annotation(DocumentCanvas canvas, int index, int[] pages)
    {
        var link = canvas.Annotations[index];
        PdfValue? destination = null;
        PdfValue? action = null;
        if (link.Anchor is { } anchor)
        {
            // [page /XYZ left top zoom]: zoom 0 keeps the reader's.
            var (page, top) = canvas.Anchors.Find(anchor, canvas.PageHeight);
            destination = Array([Reference(pages[page]), Name("XYZ"), Integer(0), Number(Math.Round(top, 2)), Integer(0)]);
        }
        else
        {
            action = Dictionary(("S", Name("URI")), ("URI", PdfStrings.Text(link.Uri!)));
        }

        return Dictionary(
            ("Type", Name("Annot")),
            ("Subtype", Name("Link")),
            ("Rect", Array(link.Rect.Select(v => (PdfValue)Number(Math.Round(v, 3))))),
            ("Border", Array([Integer(0), Integer(0), Integer(0)])),
            ("Contents", PdfStrings.Text(link.Description)),
            ("StructParent", Integer(pages.Length + index)),
            ("Dest", destination),
            ("A", action));
    }

    private static byte[] Fingerprint(DocumentCanvas canvas, DocumentMetadata metadata)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var page in canvas.Pages)
        {
            hash.AppendData(page);
        }

        hash.AppendData(Encoding.UTF8.GetBytes(string.Join('\n', metadata.Title, metadata.Subject, metadata.Author, metadata.Keywords, metadata.Creator, metadata.Language, metadata.Date.Ticks)));
        return hash.GetHashAndReset();
    }
}
