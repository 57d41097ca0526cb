using JobDescGen.Generation;
using JobDescGen.Pdf.Tests.Support;
using JobDescGen.Rendering;
using JobDescGen.Testing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Tokens;

namespace JobDescGen.Pdf.Tests.Documents;

/// <summary>
/// Every link in a PDF is a link annotation that a reader can follow and a screen reader can find:
/// tagged as a Link structure element holding the linked text and an object reference (OBJR) to
/// the annotation, which points back through /StructParent and the parent tree.
/// </summary>
public sealed class LinkTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("jobdescgen-links-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void The_reference_mark_links_to_its_definition()
    {
        var (_, pdf) = BundledPdfs.Get(BundledPdfs.Bundled, "A1");
        using var document = PdfDocument.Open(pdf);
        var (pageNumber, link) = Assert.Single(Links(document));

        // The annotation lies over the '*' drawn after the marked word.
        var page = document.GetPage(pageNumber);
        Assert.Contains(page.Letters, l => l.Value == "*" && Covers(link, l.BoundingBox.Centroid));
        Assert.Equal("Definitie: specialisatie", link.Content);

        // It goes to the definition: the page where "specialisatie" is defined, at or above the term.
        var destination = Assert.IsType<GoToAction>(link.Action).Destination;
        var term = Enumerable.Range(1, document.NumberOfPages)
            .SelectMany(n => document.GetPage(n).GetWords().Where(w => w.Text.StartsWith("specialisatie", StringComparison.Ordinal)).Select(w => (Page: n, Word: w)))
            .Last();
        Assert.Equal(term.Page, destination.PageNumber);
        Assert.InRange(destination.Coordinates.Top!.Value, term.Word.BoundingBox.Top, term.Word.BoundingBox.Top + 20);
        AssertTagged(document, link);
    }

    [Fact]
    public void A_level_without_reference_marks_has_no_links()
    {
        var (_, pdf) = BundledPdfs.Get(BundledPdfs.Bundled, "C");
        using var document = PdfDocument.Open(pdf);

        Assert.Empty(Links(document));
    }

    [Fact]
    public void Web_and_mail_addresses_are_tagged_uri_links_and_other_targets_are_not_links()
    {
        var pdf = Write("# {{ title }}\n\nZie <https://example.org/vacatures>, mail <hr@example.be> of lees [de brochure](https://example.org/brochure?taal=nl).\n\n"
            + "Niet: [een pad](docs/uitleg.md) en [een script](javascript:alert(1)).\n");
        using var document = PdfDocument.Open(pdf);
        var links = Links(document).Select(l => l.Link).ToList();

        // A named link is linked twice: its text, and the address printed after it for paper.
        var byUri = links.GroupBy(l => Assert.IsType<UriAction>(l.Action).Uri).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(["https://example.org/vacatures", "mailto:hr@example.be", "https://example.org/brochure?taal=nl"], byUri.Keys);
        Assert.Equal(["https://example.org/vacatures", "hr@example.be", "https://example.org/brochure?taal=nl"], byUri.Values.Select(g => g[0].Content));
        Assert.All(links, link => AssertTagged(document, link));

        // The linked words are under their annotations: the address, and the text of a named link.
        var words = document.GetPage(1).GetWords().ToList();
        Assert.Contains(words, w => w.Text.StartsWith("brochure", StringComparison.Ordinal) && byUri["https://example.org/brochure?taal=nl"].Any(l => Covers(l, w.BoundingBox.Centroid)));
        Assert.Contains(words, w => w.Text.StartsWith("hr@example.be", StringComparison.Ordinal) && byUri["mailto:hr@example.be"].Any(l => Covers(l, w.BoundingBox.Centroid)));
        Assert.DoesNotContain(words, w => w.Text is "Zie" or "mail" or "lees" && links.Any(l => Covers(l, w.BoundingBox.Centroid)));
    }

    [Fact]
    public void Links_keep_the_output_reproducible()
    {
        const string Template = "# {{ title }}\n\nZie <https://example.org/vacatures>.\n";

        Assert.Equal(Write(Template), Write(Template));
    }

    private static List<(int Page, Annotation Link)> Links(PdfDocument document) =>
        [.. Enumerable.Range(1, document.NumberOfPages).SelectMany(n => document.GetPage(n).GetAnnotations().Where(a => a.Type == AnnotationType.Link).Select(a => (n, a)))];

    /// <summary>The annotation's /StructParent leads through the parent tree to a Link element whose OBJR is this annotation.</summary>
    private static void AssertTagged(PdfDocument document, Annotation link)
    {
        var key = Assert.IsType<NumericToken>(link.AnnotationDictionary.Data["StructParent"]).Int;
        var root = Resolve<DictionaryToken>(document, document.Structure.Catalog.CatalogDictionary.Data["StructTreeRoot"]);
        var nums = Resolve<ArrayToken>(document, Resolve<DictionaryToken>(document, root.Data["ParentTree"]).Data["Nums"]).Data;
        var index = nums.Select((token, i) => (token, i)).Single(p => p.i % 2 == 0 && p.token is NumericToken n && n.Int == key).i;
        var element = Resolve<DictionaryToken>(document, nums[index + 1]);

        Assert.Equal("Link", Assert.IsType<NameToken>(element.Data["S"]).Data);
        var kids = Resolve<ArrayToken>(document, element.Data["K"]).Data;
        Assert.Contains(kids, kid => kid is NumericToken);
        var reference = kids.Select(kid => Resolve<IToken>(document, kid)).OfType<DictionaryToken>().Single(kid => kid.Data.TryGetValue("Type", out var type) && type is NameToken { Data: "OBJR" });
        var annotation = Resolve<DictionaryToken>(document, reference.Data["Obj"]);
        Assert.Equal(key, Assert.IsType<NumericToken>(annotation.Data["StructParent"]).Int);
    }

    private static bool Covers(Annotation link, UglyToad.PdfPig.Core.PdfPoint point) =>
        point.X >= link.Rectangle.Left && point.X <= link.Rectangle.Right && point.Y >= link.Rectangle.Bottom && point.Y <= link.Rectangle.Top;

    private static T Resolve<T>(PdfDocument document, IToken token)
        where T : IToken =>
        (T)(token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data).Data : token);

    private byte[] Write(string template)
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "job-description.md.sbn"), template);
        var generated = new JobDescriptionGenerator(new TemplateSource(_folder.FullName), BundledDocuments.PinnedDate).Generate(BundledPdfs.Bundled, "A1");
        return new PdfDocumentWriter(BundledPdfs.Theme).Write(generated.Required);
    }
}
