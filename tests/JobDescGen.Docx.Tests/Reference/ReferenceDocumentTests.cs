using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using JobDescGen.Diagnostics;
using JobDescGen.Docx.Tests.Support;
using JobDescGen.Testing;

namespace JobDescGen.Docx.Tests.Reference;

public sealed class ReferenceDocumentTests : IDisposable
{
    private readonly DirectoryInfo _templates = Directory.CreateTempSubdirectory("jobdescgen-docx-reference-");

    public void Dispose() => _templates.Delete(recursive: true);

    private string ReferencePath => Path.Combine(_templates.FullName, "reference.docx");

    private (DocxDocumentWriter? Writer, DiagnosticBag Diagnostics) Create(byte[] reference)
    {
        File.WriteAllBytes(ReferencePath, reference);
        var diagnostics = new DiagnosticBag();
        return (DocxDocumentWriter.Create(_templates.FullName, diagnostics), diagnostics);
    }

    [Fact]
    public void Styles_margins_and_the_header_logo_come_from_the_reference()
    {
        var (writer, diagnostics) = Create(ReferenceFiles.Customised());
        Assert.Empty(diagnostics);

        using var document = BundledDocx.Open(writer!.Write(BundledDocuments.Document("B")));
        var main = document.MainDocumentPart!;
        var heading = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Heading2");
        Assert.Equal("C00000", heading.StyleRunProperties!.Color!.Val!.Value);
        Assert.Equal(2268U, main.Document!.Body!.Descendants<PageMargin>().Single().Left!.Value);

        var header = main.HeaderParts.Single();
        var logo = Assert.Single(header.ImageParts);
        using (var image = logo.GetStream())
        using (var copy = new MemoryStream())
        {
            image.CopyTo(copy);
            Assert.Equal(ReferenceFiles.Logo, copy.ToArray());
        }

        // The reference was itself a generated document: its running title is replaced, not repeated.
        Assert.Equal(BundledDocuments.Document("B").Facts.HeaderText, DocxText.Of(header.Header!));
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document));
    }

    [Fact]
    public void The_table_fits_the_references_text_width()
    {
        var (writer, _) = Create(ReferenceFiles.Customised());
        using var document = BundledDocx.Open(writer!.Write(BundledDocuments.Document("A1")));
        var grid = document.MainDocumentPart!.Document!.Body!.Descendants<GridColumn>().Sum(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture));

        Assert.InRange(grid, 11906 - 2268 - 1361 - 2, 11906 - 2268 - 1361);
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_a_located_error()
    {
        var (writer, diagnostics) = Create("PK\u0003\u0004 not really a zip"u8.ToArray());

        Assert.Null(writer);
        var error = Assert.Single(diagnostics);
        Assert.Equal($"{ReferencePath}: error: reference.docx is not a Word document: it is not a zip package (a .doc, .odt or damaged file?)", error.Headline);
        Assert.NotNull(error.Hint);
    }

    [Fact]
    public void Malformed_styles_name_the_part_line_and_column()
    {
        var (writer, diagnostics) = Create(ReferenceFiles.WithEntry("word/styles.xml", "<?xml version=\"1.0\"?>\n<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\n  <w:style></w:styl>\n</w:styles>"));

        Assert.Null(writer);
        var error = Assert.Single(diagnostics);
        Assert.StartsWith($"{ReferencePath}: error: reference.docx is not a usable Word document: word/styles.xml, line 3, column", error.Headline, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_without_a_document_is_an_error()
    {
        var (writer, diagnostics) = Create(ReferenceFiles.WithEntry("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));

        Assert.Null(writer);
        Assert.Contains("reference.docx is not a usable Word document", Assert.Single(diagnostics).Headline, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_named_reference_docx_is_an_error()
    {
        Directory.CreateDirectory(ReferencePath);
        var diagnostics = new DiagnosticBag();

        Assert.Null(DocxDocumentWriter.Create(_templates.FullName, diagnostics));
        Assert.Contains("reference.docx is not a regular file", Assert.Single(diagnostics).Headline, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_reference_the_built_in_styles_are_used()
    {
        var diagnostics = new DiagnosticBag();
        var writer = DocxDocumentWriter.Create(_templates.FullName, diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(BundledDocx.Bytes("C"), writer!.Write(BundledDocuments.Document("C")));
    }

    [Fact]
    public void Styles_a_reference_lacks_come_from_the_built_in_set()
    {
        const string styles = "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:rPr><w:rFonts w:ascii=\"Liberation Serif\" w:hAnsi=\"Liberation Serif\"/></w:rPr></w:style></w:styles>";
        var (writer, diagnostics) = Create(ReferenceFiles.WithEntry("word/styles.xml", styles));
        Assert.Empty(diagnostics);

        using var document = BundledDocx.Open(writer!.Write(BundledDocuments.Document("A1")));
        var defined = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);

        Assert.Equal("Liberation Serif", defined["Normal"].StyleRunProperties!.RunFonts!.Ascii!.Value);
        Assert.Contains("Notice", defined.Keys);
        Assert.Contains("Heading2", defined.Keys);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document));
    }

    [Fact]
    public void A_header_that_links_elsewhere_is_left_out_with_a_warning()
    {
        var (writer, diagnostics) = Create(ReferenceFiles.WithLinkInHeader());

        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal($"{ReferencePath}: warning: the header of reference.docx refers to something other than an image ('rIdSite'); its content is left out", warning.Headline);
        using var document = BundledDocx.Open(writer!.Write(BundledDocuments.Document("A1")));
        Assert.Equal(BundledDocuments.Document("A1").Facts.HeaderText, DocxText.Of(document.MainDocumentPart!.HeaderParts.Single().Header!));
    }

    [Fact]
    public void A_reference_saved_by_LibreOffice_gives_a_valid_document_with_its_logo_and_one_page_number()
    {
        var (writer, diagnostics) = Create(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "libreoffice-reference.docx")));
        Assert.Empty(diagnostics);

        using var document = BundledDocx.Open(writer!.Write(BundledDocuments.Document("A2")));
        var main = document.MainDocumentPart!;
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document));
        Assert.Single(main.HeaderParts.Single().ImageParts);
        Assert.Equal(BundledDocuments.Document("A2").Facts.HeaderText, DocxText.Of(main.HeaderParts.Single().Header!).Trim());
        var footer = main.FooterParts.Single().Footer!;
        Assert.Equal([" PAGE ", " NUMPAGES "], footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value));
        Assert.Empty(footer.Descendants<FieldCode>());
        Assert.Equal(2268U, main.Document!.Body!.Descendants<PageMargin>().Single().Left!.Value);
        var heading = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Heading2");
        Assert.Equal("C00000", heading.StyleRunProperties!.Color!.Val!.Value);
    }
}
