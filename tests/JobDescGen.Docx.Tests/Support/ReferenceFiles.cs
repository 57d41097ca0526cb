using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;

namespace JobDescGen.Docx.Tests.Support;

/// <summary>Reference documents for tests: made from a generated DOCX, edited the way a user edits one in Word.</summary>
internal static class ReferenceFiles
{
    public const string LogoRelationshipId = "rIdLogo";

    // A 1×1 PNG: the organisation's logo.
    public static readonly byte[] Logo = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>A generated A1 document with Heading 2 in red, a 40 mm left margin and a logo in the header.</summary>
    public static byte[] Customised()
    {
        var stream = new MemoryStream();
        stream.Write(BundledDocx.Bytes("A1"));
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var main = document.MainDocumentPart!;
            var heading = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Heading2");
            heading.StyleRunProperties!.Color = new Color { Val = "C00000" };
            main.Document!.Body!.Descendants<PageMargin>().Single().Left = 2268;

            var header = main.HeaderParts.Single();
            var image = header.AddImagePart(ImagePartType.Png, LogoRelationshipId);
            image.FeedData(new MemoryStream(Logo));
            header.Header!.PrependChild(new Paragraph(new Run(LogoDrawing())));
        }

        return stream.ToArray();
    }

    /// <summary>A generated document whose header holds a link to a web site (not an image).</summary>
    public static byte[] WithLinkInHeader()
    {
        var stream = new MemoryStream();
        stream.Write(BundledDocx.Bytes("A1"));
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var header = document.MainDocumentPart!.HeaderParts.Single();
            header.AddHyperlinkRelationship(new Uri("https://example.org/"), true, "rIdSite");
            header.Header!.PrependChild(new Paragraph(new Hyperlink(new Run(new Text("example.org"))) { Id = "rIdSite" }));
        }

        return stream.ToArray();
    }

    /// <summary>A copy of a generated document whose <paramref name="entry"/> holds <paramref name="text"/>.</summary>
    public static byte[] WithEntry(string entry, string text)
    {
        var stream = new MemoryStream();
        stream.Write(BundledDocx.Bytes("A1"));
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(entry)!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
            writer.Write(text);
        }

        return stream.ToArray();
    }

    private static Drawing LogoDrawing() => new(
        new DW.Inline(
            new DW.Extent { Cx = 360000, Cy = 360000 },
            new DW.DocProperties { Id = 1U, Name = "Logo" },
            new A.Graphic(
                new A.GraphicData(
                    new Pic.Picture(
                        new Pic.NonVisualPictureProperties(
                            new Pic.NonVisualDrawingProperties { Id = 0U, Name = "logo.png" },
                            new Pic.NonVisualPictureDrawingProperties()),
                        new Pic.BlipFill(new A.Blip { Embed = LogoRelationshipId }, new A.Stretch(new A.FillRectangle())),
                        new Pic.ShapeProperties(
                            new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 360000, Cy = 360000 }),
                            new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
                { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U });
}
