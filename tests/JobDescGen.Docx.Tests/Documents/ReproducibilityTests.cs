using System.IO.Compression;
using JobDescGen.Diagnostics;
using JobDescGen.Docx.Tests.Support;
using JobDescGen.Testing;

namespace JobDescGen.Docx.Tests.Documents;

public sealed class ReproducibilityTests
{
    [Theory]
    [MemberData(nameof(BundledDocx.Levels), MemberType = typeof(BundledDocx))]
    public void Two_writers_give_the_same_bytes(string level)
    {
        var first = DocxDocumentWriter.Create(null, new DiagnosticBag())!.Write(BundledDocuments.Document(level));
        var second = DocxDocumentWriter.Create(null, new DiagnosticBag())!.Write(BundledDocuments.Document(level));

        Assert.Equal(first, second);
    }

    [Fact]
    public void The_same_document_generated_twice_gives_the_same_bytes()
    {
        var profile = BundledDocuments.Profile;
        var first = BundledDocx.Writer.Write(BundledDocuments.Generate(profile, "B").Required);
        var second = BundledDocx.Writer.Write(BundledDocuments.Generate(profile, "B").Required);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Zip_entries_have_one_fixed_time_and_a_stable_order()
    {
        using var zip = new ZipArchive(new MemoryStream(BundledDocx.Bytes("A1")), ZipArchiveMode.Read);

        Assert.All(zip.Entries, entry => Assert.Equal(new DateTime(1980, 1, 1), entry.LastWriteTime.DateTime));
        Assert.Equal(
            ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml", "word/_rels/document.xml.rels",
             "word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/fontTable.xml", "word/header1.xml", "word/footer1.xml"],
            zip.Entries.Select(e => e.FullName));
    }

    [Fact]
    public void The_property_dates_are_the_document_date()
    {
        using var document = BundledDocx.Open(BundledDocx.Bytes("A1"));
        var date = BundledDocuments.Document("A1").Facts.Date.ToDateTime(TimeOnly.MinValue);

        Assert.Equal(date, document.PackageProperties.Created!.Value.ToUniversalTime());
        Assert.Equal(date, document.PackageProperties.Modified!.Value.ToUniversalTime());
    }
}
