using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using JobDescGen.Diagnostics;
using JobDescGen.Docx.Building;
using JobDescGen.Docx.Styles;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace JobDescGen.Docx.Reference;

/// <summary>
/// Reads <c>reference.docx</c> from the user's templates folder, like pandoc's
/// <c>--reference-doc</c>: its styles, theme, page setup and header and footer content are used,
/// its text is not. A file that is not a usable Word document is an error located at the file,
/// naming the part and position inside it when there is one; without the file the built-in
/// reference is used.
/// </summary>
internal static class ReferenceDocumentLoader
{
    private const long MaxFileBytes = 20L << 20;
    private const long MaxUnpackedBytes = 100L << 20;
    private const int MaxEntries = 2000;
    private const string Hint = "save it again from Word or LibreOffice as a .docx, or remove it to use the built-in styles";

    public static ReferenceDocument? Load(string? templatesDirectory, DiagnosticBag diagnostics)
    {
        if (templatesDirectory is null)
        {
            return ReferenceDocument.BuiltIn;
        }

        var path = Path.Combine(templatesDirectory, ReferenceDocument.FileName);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            return ReferenceDocument.BuiltIn;
        }

        var location = SourceLocation.FileOnly(path);
        var bytes = Read(path, location, diagnostics);
        if (bytes is null)
        {
            return null;
        }

        if (CheckArchive(bytes) is { } problem)
        {
            diagnostics.Error(location, $"{ReferenceDocument.FileName} is not a Word document: {problem}", Hint);
            return null;
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            return Extract(document, location, diagnostics);
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or InvalidOperationException or NotSupportedException or ArgumentException or XmlException)
        {
            diagnostics.Error(location, $"{ReferenceDocument.FileName} is not a usable Word document: {Describe(exception)}", Hint);
            return null;
        }
    }

    private static byte[]? Read(string path, SourceLocation location, DiagnosticBag diagnostics)
    {
        try
        {
            var info = new FileInfo(path);
            // FileAttributes cannot tell a FIFO (which would block the read for ever) from a file on Unix.
            if (!info.Exists || JobDescGen.Loading.Files.FileProbe.Target(path).Kind != JobDescGen.Loading.Files.FileKind.RegularFile)
            {
                diagnostics.Error(location, $"{ReferenceDocument.FileName} is not a regular file", "replace it with a Word document, or remove it");
                return null;
            }

            if (info.Length > MaxFileBytes)
            {
                diagnostics.Error(location, $"{ReferenceDocument.FileName} is larger than {MaxFileBytes >> 20} MB", "a reference document needs only styles, page setup and a logo: remove its text and large images");
                return null;
            }

            return File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(location, $"cannot read the file: {exception.Message}", "check that the file exists and is readable");
            return null;
        }
    }

    // Bounds the work before the package is opened: a small zip may unpack to gigabytes.
    private static string? CheckArchive(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
            {
                return $"it holds more than {MaxEntries} parts";
            }

            return zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes ? $"it unpacks to more than {MaxUnpackedBytes >> 20} MB" : null;
        }
        catch (InvalidDataException)
        {
            return "it is not a zip package (a .doc, .odt or damaged file?)";
        }
    }

    private static ReferenceDocument Extract(WordprocessingDocument document, SourceLocation location, DiagnosticBag diagnostics)
    {
        var main = document.MainDocumentPart ?? throw new InvalidDataException("it has no main document part (word/document.xml)");
        var styles = Part(main.StyleDefinitionsPart, part => StyleSheet.FromReference(part.Styles!)) ?? StyleSheet.BuiltIn;
        var theme = Part(main.ThemePart, part => part.Theme!.OuterXml);
        var section = Part(main, part => part.Document!.Body?.Descendants<W.SectionProperties>().LastOrDefault()?.CloneNode(true) as W.SectionProperties);
        var header = Furniture<HeaderPart>(main, section?.Elements<W.HeaderReference>().FirstOrDefault(r => r.Type is null || r.Type.Value == W.HeaderFooterValues.Default)?.Id?.Value, "header", location, diagnostics);
        var footer = Furniture<FooterPart>(main, section?.Elements<W.FooterReference>().FirstOrDefault(r => r.Type is null || r.Type.Value == W.HeaderFooterValues.Default)?.Id?.Value, "footer", location, diagnostics);
        return new ReferenceDocument(styles, theme, PageOf(section), header, footer);
    }

    private static PageSetup PageOf(W.SectionProperties? section)
    {
        var builtIn = PageSetup.BuiltIn;
        var size = section?.GetFirstChild<W.PageSize>();
        var margin = section?.GetFirstChild<W.PageMargin>();
        var page = new PageSetup(
            size?.Width?.Value ?? builtIn.Width,
            size?.Height?.Value ?? builtIn.Height,
            margin?.Top?.Value ?? builtIn.Top,
            margin?.Bottom?.Value ?? builtIn.Bottom,
            margin?.Left?.Value ?? builtIn.Left,
            margin?.Right?.Value ?? builtIn.Right,
            margin?.Header?.Value ?? builtIn.HeaderDistance,
            margin?.Footer?.Value ?? builtIn.FooterDistance,
            size?.Orient?.Value == W.PageOrientationValues.Landscape);
        if (page.Width < 1440 || page.Height < 1440 || page.Width > 31680 || page.Height > 31680)
        {
            throw new InvalidDataException($"its page size ({page.Width} × {page.Height} twips) is not a paper size");
        }

        return page;
    }

    private static FurnitureContent Furniture<TPart>(MainDocumentPart main, string? id, string what, SourceLocation location, DiagnosticBag diagnostics)
        where TPart : OpenXmlPart
    {
        if (id is null || main.GetPartById(id) is not TPart part)
        {
            return FurnitureContent.Empty;
        }

        var root = Part(part, p => (OpenXmlPartRootElement)p.RootElement!.CloneNode(true))!;
        foreach (var running in root.Elements<W.Paragraph>().Where(FurnitureBuilder.IsRunningLine).ToList())
        {
            running.Remove();
        }

        if (!root.Descendants<W.Text>().Any(t => t.Text.Trim().Length > 0) && !root.Descendants<W.Drawing>().Any() && !root.Descendants<W.Picture>().Any())
        {
            return FurnitureContent.Empty;
        }

        var media = new List<MediaPart>();
        foreach (var relationshipId in RelationshipIds(root).Distinct(StringComparer.Ordinal))
        {
            if (part.Parts.FirstOrDefault(p => p.RelationshipId == relationshipId).OpenXmlPart is not ImagePart image)
            {
                diagnostics.Warning(location, $"the {what} of {ReferenceDocument.FileName} refers to something other than an image ('{relationshipId}'); its content is left out", $"keep only text and images (a logo) in the {what}");
                return FurnitureContent.Empty;
            }

            using var stream = image.GetStream(FileMode.Open, FileAccess.Read);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            media.Add(new MediaPart(relationshipId, $"{what}-image{media.Count + 1}{Path.GetExtension(image.Uri.OriginalString)}", image.ContentType, copy.ToArray()));
        }

        return new FurnitureContent(root.OuterXml, media);
    }

    private static IEnumerable<string> RelationshipIds(OpenXmlElement root) =>
        root.Descendants().SelectMany(e => e.GetAttributes())
            .Where(a => a.NamespaceUri == "http://schemas.openxmlformats.org/officeDocument/2006/relationships" && a.Value is { Length: > 0 })
            .Select(a => a.Value!);

    // Reading a part parses its XML: an error there names the part and the position in it.
    private static TResult? Part<TPart, TResult>(TPart? part, Func<TPart, TResult?> read)
        where TPart : OpenXmlPart
    {
        if (part is null)
        {
            return default;
        }

        try
        {
            return read(part);
        }
        catch (XmlException exception)
        {
            throw new InvalidDataException($"{part.Uri.OriginalString.TrimStart('/')}, line {exception.LineNumber}, column {exception.LinePosition}: {exception.Message}", exception);
        }
    }

    private static string Describe(Exception exception) => exception switch
    {
        InvalidDataException { InnerException: XmlException } => exception.Message,
        XmlException xml => $"malformed XML, line {xml.LineNumber}, column {xml.LinePosition}",
        _ => exception.Message.TrimEnd('.'),
    };
}
