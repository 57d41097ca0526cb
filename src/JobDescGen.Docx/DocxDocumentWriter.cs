using DocumentFormat.OpenXml;
using JobDescGen.Diagnostics;
using JobDescGen.Docx.Building;
using JobDescGen.Docx.Packaging;
using JobDescGen.Docx.Reference;
using JobDescGen.Docx.Styles;
using JobDescGen.Marking;
using JobDescGen.Pdf.Theme;
using JobDescGen.Writing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace JobDescGen.Docx;

/// <summary>
/// Writes a job description as a Word document (.docx) that an HR person edits: built-in heading
/// styles, real bullet numbering, the criteria table with a repeating header row, page numbers as
/// fields, document properties and language, and the styles, page setup and logo of a reference
/// document. Same input, same bytes.
/// </summary>
public sealed class DocxDocumentWriter : IDocumentWriter
{
    private const string DocumentPath = "word/document.xml";
    private const string HeaderPath = "word/header1.xml";
    private const string FooterPath = "word/footer1.xml";
    private const string HeaderId = "rIdHeader1";
    private const string FooterId = "rIdFooter1";

    private readonly ReferenceDocument _reference;
    private readonly DocumentFonts _fonts;
    private readonly StyleSheet _styles;

    internal DocxDocumentWriter(ReferenceDocument reference, DocumentFonts? fonts = null)
    {
        _reference = reference;
        _fonts = fonts ?? DocumentFonts.BuiltIn;

        // The built-in styles take the theme's font; a reference document's styles keep their own.
        _styles = ReferenceEquals(reference.Styles, StyleSheet.BuiltIn) && _fonts.Family != "Carlito" ? reference.Styles.WithFont(_fonts.Family) : reference.Styles;
    }

    /// <inheritdoc />
    public string Format => "docx";

    /// <inheritdoc />
    public string Extension => "docx";

    /// <summary>
    /// A writer with the reference document of <paramref name="userTemplatesDirectory"/>
    /// (<c>reference.docx</c>) or the built-in styles; null, with a located diagnostic, when that
    /// file cannot be used.
    /// </summary>
    public static DocxDocumentWriter? Create(string? userTemplatesDirectory, DiagnosticBag diagnostics)
    {
        var reference = ReferenceDocumentLoader.Load(userTemplatesDirectory, diagnostics);
        var theme = ThemeLoader.Load(userTemplatesDirectory, diagnostics);
        return reference is null || theme is null ? null : new DocxDocumentWriter(reference, new DocumentFonts(theme));
    }

    /// <inheritdoc />
    public byte[] Write(RenderedDocument document)
    {
        var facts = document.Facts;
        var page = _reference.Page;
        var links = new DocumentLinks();
        var numbering = new ListNumbering();
        var inlines = new InlineConverter(links, _fonts);
        var body = new W.Body(new BodyBuilder(inlines, new TableConverter(inlines, page.ContentWidth), numbering, links).Build(document.Ast));
        body.AppendChild(Section(page));
        var main = new W.Document(body);
        main.AddNamespaceDeclaration("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
        main.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");

        var package = new PackageWriter();
        package.AddRelationships(string.Empty,
        [
            new("rId1", RelationshipTypes.OfficeDocument, DocumentPath),
            new("rId2", RelationshipTypes.CoreProperties, "docProps/core.xml"),
            new("rId3", RelationshipTypes.ExtendedProperties, "docProps/app.xml"),
        ]);
        package.Add("docProps/core.xml", ContentTypes.CoreProperties, DocumentProperties.Core(facts));
        package.Add("docProps/app.xml", ContentTypes.ExtendedProperties, DocumentProperties.Extended);
        package.Add(DocumentPath, ContentTypes.Document, main);
        package.AddRelationships(DocumentPath, MainRelationships(links));
        package.Add("word/styles.xml", ContentTypes.Styles, _styles.For(facts.Locale));
        package.Add("word/numbering.xml", ContentTypes.Numbering, numbering.ToPart());
        package.Add("word/settings.xml", ContentTypes.Settings, SettingsPart.For(facts.Locale));
        package.Add("word/fontTable.xml", ContentTypes.FontTable, _fonts.FontTable);
        if (_reference.ThemeXml is { } theme)
        {
            package.Add("word/theme/theme1.xml", ContentTypes.Theme, System.Text.Encoding.UTF8.GetBytes(theme));
        }

        AddFurniture(package, HeaderPath, ContentTypes.Header, FurnitureBuilder.Header(document, _reference.Header), _reference.Header);
        AddFurniture(package, FooterPath, ContentTypes.Footer, FurnitureBuilder.Footer(document, _reference.Footer, page.ContentWidth), _reference.Footer);
        return package.ToArray();
    }

    private IEnumerable<PackageRelationship> MainRelationships(DocumentLinks links)
    {
        yield return new("rId1", RelationshipTypes.Styles, "styles.xml");
        yield return new("rId2", RelationshipTypes.Numbering, "numbering.xml");
        yield return new("rId3", RelationshipTypes.Settings, "settings.xml");
        yield return new("rId4", RelationshipTypes.FontTable, "fontTable.xml");
        if (_reference.ThemeXml is not null)
        {
            yield return new("rId5", RelationshipTypes.Theme, "theme/theme1.xml");
        }

        yield return new(HeaderId, RelationshipTypes.Header, "header1.xml");
        yield return new(FooterId, RelationshipTypes.Footer, "footer1.xml");
        foreach (var link in links.Relationships)
        {
            yield return link;
        }
    }

    private static void AddFurniture(PackageWriter package, string path, string contentType, OpenXmlPartRootElement root, FurnitureContent reference)
    {
        if (!root.NamespaceDeclarations.Any(n => n.Key == "w"))
        {
            root.AddNamespaceDeclaration("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
        }

        package.Add(path, contentType, root);
        if (reference.Media.Count == 0)
        {
            return;
        }

        package.AddRelationships(path, reference.Media.Select(m => new PackageRelationship(m.RelationshipId, RelationshipTypes.Image, "media/" + m.FileName)));
        foreach (var media in reference.Media)
        {
            package.Add("word/media/" + media.FileName, media.ContentType, media.Bytes);
        }
    }

    private static W.SectionProperties Section(PageSetup page) =>
        new(
            new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = HeaderId },
            new W.FooterReference { Type = W.HeaderFooterValues.Default, Id = FooterId },
            new W.PageSize { Width = page.Width, Height = page.Height, Orient = page.Landscape ? W.PageOrientationValues.Landscape : null },
            new W.PageMargin { Top = page.Top, Bottom = page.Bottom, Left = page.Left, Right = page.Right, Header = page.HeaderDistance, Footer = page.FooterDistance, Gutter = 0 });
}
