using JobDescGen.Diagnostics;
using JobDescGen.Marking;
using JobDescGen.Pdf.Rendering;
using JobDescGen.Pdf.Rendering.Saving;
using JobDescGen.Pdf.Tests.Support;
using JobDescGen.Pdf.Theme;
using JobDescGen.Testing;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace JobDescGen.Pdf.Tests.Rendering;

/// <summary>
/// SavedFileWriter writes the file PDFsharp's Save writes. Two drawings of one document differ only
/// in what PDFsharp randomises, which pinning replaces by values derived from the rest of the file:
/// so the finished PDFs are equal exactly when the saved files are equal apart from those values.
/// </summary>
public sealed class SavedFileWriterTests
{
    public static TheoryData<string, string, string> Documents()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var level in BundledPdfs.Levels)
        {
            data.Add("bundled", level, "nl");
        }

        data.Add("stress", "A1", "nl");
        foreach (var (level, language) in HardProfile.Cases())
        {
            data.Add("hard", level, language);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_document_is_saved_as_PDFsharp_saves_it(string profile, string level, string language)
    {
        var document = profile switch
        {
            "bundled" => BundledPdfs.Generate(BundledPdfs.Bundled, level),
            "stress" => BundledPdfs.Generate(BundledPdfs.Stress, level),
            _ => HardProfile.Document(level, language),
        };

        var (expected, actual) = BothWays(document);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void A_document_with_a_logo_is_saved_as_PDFsharp_saves_it()
    {
        var theme = ThemeLoader.Load(Path.Combine(AppContext.BaseDirectory, "TestData", "themes", "logo"), new DiagnosticBag())!;
        var (expected, actual) = BothWays(BundledPdfs.Generate(BundledPdfs.Bundled, "A1"), theme);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Names_strings_numbers_and_nesting_are_written_as_PDFsharp_writes_them()
    {
        var (expected, actual) = BothWays(document =>
        {
            var values = new PdfDictionary(document);
            document.Internals.AddObject(values);
            values.Elements.SetName("/Name", "/A#b c(d)é€");
            values.Elements["/Text"] = new PdfString("plain (with) \\ parens");
            values.Elements["/Unicode"] = new PdfString("Łódź Θεσσαλονίκη €", PdfStringEncoding.Unicode);
            values.Elements["/Hex"] = new PdfString("hex", PdfStringEncoding.RawEncoding);
            values.Elements["/Real"] = new PdfReal(-12.3456789123);
            values.Elements["/Integer"] = new PdfInteger(-42);
            values.Elements["/Long"] = new PdfLongInteger(1L << 40);
            values.Elements["/True"] = new PdfBoolean(true);
            values.Elements["/Null"] = PdfNull.Value;
            values.Elements["/Date"] = new PdfDate(new DateTime(2026, 3, 1, 12, 30, 0, DateTimeKind.Utc));
            values.Elements["/Literal"] = new PdfLiteral("<</W 0>>");
            values.Elements["/Rect"] = new PdfRectangle(new XRect(1.23456, 2, 300.5, 400.125));
            var nested = new PdfArray(document, new PdfInteger(1), new PdfName("/N"), new PdfArray(document), new PdfDictionary(document), new PdfReal(0.5));
            values.Elements["/Array"] = nested;
            var array = new PdfArray(document, new PdfInteger(7), values.ReferenceNotNull);
            document.Internals.AddObject(array);
            document.Internals.Catalog.Elements["/JobDescGenTest"] = array.ReferenceNotNull;
        });

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void A_document_without_bookmarks_is_saved_by_PDFsharp()
    {
        // PDFsharp leaves an empty outline root out of the file but keeps it in the table: not imitated.
        using var document = new PdfDocument();
        document.AddPage();
        Assert.False(SavedFileWriter.CanWrite(document));
    }

    private static (byte[] Expected, byte[] Actual) BothWays(RenderedDocument document, PdfTheme? theme = null)
    {
        var writer = new PdfDocumentWriter(theme ?? BundledPdfs.Theme);
        using var first = writer.Draw(document, out var firstMarks);
        using var second = writer.Draw(document, out var secondMarks);
        Assert.True(SavedFileWriter.CanWrite(second));
        return (PdfRenderer.Finish(first, firstMarks, throughPdfSharp: true), PdfRenderer.Finish(second, secondMarks));
    }

    private static (byte[] Expected, byte[] Actual) BothWays(Action<PdfDocument> add)
    {
        var document = BundledPdfs.Generate(BundledPdfs.Bundled, "C");
        var writer = new PdfDocumentWriter(BundledPdfs.Theme);
        using var first = writer.Draw(document, out var firstMarks);
        using var second = writer.Draw(document, out var secondMarks);
        add(first);
        add(second);
        return (PdfRenderer.Finish(first, firstMarks, throughPdfSharp: true), PdfRenderer.Finish(second, secondMarks));
    }
}
