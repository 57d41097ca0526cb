using System.Text;
using System.Text.RegularExpressions;
using JobDescGen.Generation;
using JobDescGen.Pdf.Tests.Support;
using JobDescGen.Rendering;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace JobDescGen.Pdf.Tests.Documents;

public sealed class PropertiesTests
{
    [Fact]
    public void Fonts_are_embedded_subsets_of_the_bundled_family()
    {
        var (_, pdf) = BundledPdfs.Get(BundledPdfs.Bundled, "A1");
        var raw = PdfStreams.Expanded(pdf);

        var descriptors = Regex.Matches(raw, "/Type/FontDescriptor").Count;
        Assert.True(descriptors >= 3, $"expected regular, bold and italic faces, found {descriptors} font descriptors");
        Assert.Equal(descriptors, Regex.Matches(raw, "/FontFile2 ").Count);
        using var document = PdfDocument.Open(pdf);
        var fonts = document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        Assert.All(fonts, name => Assert.Matches("^[A-Z]{6}\\+Carlito", name));
    }

    [Fact]
    public void Metadata_describes_the_document()
    {
        var (_, pdf) = BundledPdfs.Get(BundledPdfs.Bundled, "A2");
        using var document = PdfDocument.Open(pdf);
        var info = document.Information;

        Assert.Equal("Leidinggevende — Niveau A2", info.Title);
        Assert.Equal("Functiebeschrijving", info.Subject);
        Assert.Contains("Niveau A2", info.Keywords, StringComparison.Ordinal);
        Assert.Contains("coördinator", info.Keywords, StringComparison.Ordinal);
        Assert.StartsWith("jobdescgen ", info.Creator, StringComparison.Ordinal);
        // The profile carries its own date, which wins over the fallback date.
        Assert.StartsWith("D:20261128", info.CreationDate, StringComparison.Ordinal);
        var raw = PdfStreams.Expanded(pdf);
        Assert.Contains("/Lang(nl-BE)", raw, StringComparison.Ordinal);
        Assert.Matches("/DisplayDocTitle true", raw);
    }

    [Fact]
    public void The_organisation_is_the_author()
    {
        var (_, pdf) = BundledPdfs.Get(BundledPdfs.Stress, "A1");
        using var document = PdfDocument.Open(pdf);

        Assert.Equal("Testdienst Opmaak", document.Information.Author);
    }

    [Fact]
    public void Outline_follows_the_headings_and_points_at_their_pages()
    {
        var (_, pdf) = BundledPdfs.Get(BundledPdfs.Bundled, "A1");
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.TryGetBookmarks(out var bookmarks));

        var root = Assert.Single(bookmarks.Roots);
        Assert.Equal("Leidinggevende — Niveau A1", root.Title);
        Assert.Equal(["Doel", "Resultaatgebieden", "Onderscheidende criteria", "Definitie"], root.Children.Select(c => c.Title));
        var areas = root.Children[1].Children.Select(c => c.Title).ToList();
        Assert.Equal(["Als coördinator", "Als coach", "Als interne contactpersoon", "Als extern contactpersoon", "Als medewerker (facultatief)", "Als kennisbeheerder (facultatief)"], areas);

        foreach (var node in root.Children.Concat(root.Children[1].Children).OfType<DocumentBookmarkNode>())
        {
            Assert.Contains(node.Title, PdfText.PageWords(pdf, node.PageNumber), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Structure_is_tagged_for_screen_readers()
    {
        var (_, pdf) = BundledPdfs.Get(BundledPdfs.Bundled, "A1");
        var raw = PdfStreams.Expanded(pdf);

        Assert.Contains("/MarkInfo", raw, StringComparison.Ordinal);
        Assert.Contains("/StructTreeRoot", raw, StringComparison.Ordinal);
        // Result areas are run-in paragraphs (their titles are bookmarks, not headings): no H3.
        string[] tags = ["Document", "H1", "H2", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "Note", "Caption"];
        Assert.DoesNotContain(tags, tag => !raw.Contains($"/S/{tag}/", StringComparison.Ordinal) && !raw.Contains($"/S/{tag}>", StringComparison.Ordinal));

        // Header cells say what they head: the column ("Niveau A1") or the row (the criterion).
        Assert.Contains("/Scope/Column", raw, StringComparison.Ordinal);
        Assert.Equal(6, Regex.Matches(raw, "/Scope/Row").Count);

        // The notice is a note with the ID PDF/UA asks of notes; the lead-ins of the task lists are captions, not paragraphs.
        Assert.Matches(@"/S/Note/ID\(note-\d+\)", raw);
        Assert.DoesNotContain("/S/BlockQuote", raw, StringComparison.Ordinal);
        Assert.Equal(6, Regex.Matches(raw, "/S/Caption/").Count);
    }

    [Fact]
    public void Xmp_declares_pdf_ua_and_every_xref_offset_still_points_at_its_object()
    {
        var (_, pdf) = BundledPdfs.Get(BundledPdfs.Bundled, "C");
        var raw = Encoding.Latin1.GetString(pdf);

        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", raw, StringComparison.Ordinal);
        var start = int.Parse(Regex.Match(raw, @"startxref\n(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var xref = PdfStreams.All(pdf).Single(s => s.Dictionary.Contains("/Type/XRef", StringComparison.Ordinal));
        Assert.StartsWith($"{xref.Number} 0 obj", raw[start..], StringComparison.Ordinal);

        // Rows of /W [1 w2 w3]: type 1 rows give the offset of an object in the file.
        var widths = Regex.Match(xref.Dictionary, @"/W\[1 (\d) (\d)\]");
        var (w2, w3) = (int.Parse(widths.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(widths.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        var table = PdfStreams.Decoded(xref.Dictionary, xref.Data);
        var row = 1 + w2 + w3;
        var offsets = Enumerable.Range(0, table.Length / row)
            .Where(i => table[i * row] == 1)
            .Select(i => (Index: i, Offset: table.Skip((i * row) + 1).Take(w2).Aggregate(0, (value, b) => (value << 8) | b)))
            .ToList();
        Assert.True(offsets.Count > 3, "the cross-reference stream lists the stream objects");
        Assert.All(offsets, o => Assert.StartsWith($"{o.Index} 0 obj", raw[o.Offset..], StringComparison.Ordinal));
    }

    [Fact]
    public void Two_generations_with_a_pinned_date_are_byte_identical()
    {
        var first = new PdfDocumentWriter(BundledPdfs.Theme).Write(BundledPdfs.Generate(BundledPdfs.Bundled, "B"));
        var second = new PdfDocumentWriter(BundledPdfs.Theme).Write(BundledPdfs.Generate(BundledPdfs.Bundled, "B"));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Another_date_gives_other_bytes_so_the_date_is_really_pinned()
    {
        var profile = BundledPdfs.Bundled with { Metadata = BundledPdfs.Bundled.Metadata with { Date = null } };
        var writer = new PdfDocumentWriter(BundledPdfs.Theme);
        byte[] Write(DateOnly date) => writer.Write(new JobDescriptionGenerator(new TemplateSource(null), date).Generate(profile, "B").Required);

        var march = Write(new DateOnly(2026, 3, 1));
        Assert.Equal(march, Write(new DateOnly(2026, 3, 1)));
        Assert.NotEqual(march, Write(new DateOnly(2026, 4, 1)));
    }
}
