using System.Buffers.Binary;
using System.Globalization;
using System.Text.RegularExpressions;
using JobDescGen.Pdf.Tests.Support;

namespace JobDescGen.Pdf.Tests.Output;

/// <summary>
/// What qpdf --check and PDF/UA checkers look at: zlib streams with their checksum, marked content
/// nested in text objects and saved states, typed artifacts, font descriptors, and the file's size.
/// </summary>
public sealed partial class PdfEncodingTests
{
    public static TheoryData<string> Levels() => [.. BundledPdfs.Levels];

    [Theory]
    [MemberData(nameof(Levels))]
    public void Every_deflated_stream_ends_with_the_adler32_of_its_data(string level)
    {
        var (_, pdf) = BundledPdfs.Get(BundledPdfs.Bundled, level);
        var streams = PdfStreams.All(pdf).Where(s => s.Dictionary.Contains("/FlateDecode", StringComparison.Ordinal)).ToList();

        Assert.True(streams.Count >= 5, $"only {streams.Count} deflated streams");
        Assert.All(streams, s =>
        {
            var decoded = PdfStreams.Decoded(s.Dictionary, s.Data);
            Assert.Equal(Adler32(decoded), BinaryPrimitives.ReadUInt32BigEndian(s.Data.AsSpan(s.Data.Length - 4)));
        });
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void Marked_content_nests_inside_text_objects_and_saved_states(string level)
    {
        var (_, pdf) = BundledPdfs.Get(BundledPdfs.Bundled, level);
        var pages = PdfStreams.PageContents(pdf);

        Assert.NotEmpty(pages);
        Assert.All(pages, content => Assert.Null(ContentNesting.FirstFault(content)));
    }

    [Fact]
    public void The_nesting_check_finds_marked_content_across_a_text_object()
    {
        Assert.NotNull(ContentNesting.FirstFault("BT /H1<</MCID 0>>BDC ET q BT (x) Tj EMC ET Q"));
        Assert.Null(ContentNesting.FirstFault("/H1<</MCID 0>>BDC BT <0102> Tj ET EMC q Q"));
    }

    [Fact]
    public void Artifacts_say_what_they_are()
    {
        var (_, pdf) = BundledPdfs.Get(BundledPdfs.Bundled, "A1");
        var pages = PdfStreams.PageContents(pdf);

        Assert.All(pages, content =>
        {
            Assert.DoesNotContain("/Artifact BMC", content, StringComparison.Ordinal);
            Assert.Contains("/Artifact<</Type/Pagination/Subtype/Footer>>BDC", content, StringComparison.Ordinal);
        });

        // Rules under headings and the notice's background are layout.
        Assert.Contains("/Artifact<</Type/Layout>>BDC", pages[0], StringComparison.Ordinal);

        // The running header starts on page 2; the title block stands in for it on page 1.
        Assert.DoesNotContain("/Subtype/Header", pages[0], StringComparison.Ordinal);
        Assert.All(pages.Skip(1), content => Assert.Contains("/Artifact<</Type/Pagination/Subtype/Header>>BDC", content, StringComparison.Ordinal));
    }

    [Fact]
    public void Font_descriptors_give_a_descent_below_the_baseline_and_each_face_is_embedded_once()
    {
        var (_, pdf) = BundledPdfs.Get(BundledPdfs.Bundled, "A1");
        var expanded = PdfStreams.Expanded(pdf);

        var descents = DescentKey().Matches(expanded).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(descents);
        Assert.All(descents, d => Assert.True(d < 0, $"descent {d}"));

        var fonts = PdfStreams.All(pdf).Where(s => s.Dictionary.Contains("/Length1", StringComparison.Ordinal)).Select(s => Convert.ToHexString(s.Data)).ToList();
        Assert.Equal(fonts.Count, fonts.Distinct().Count());
        var faces = BaseFontKey().Matches(expanded).Select(m => m.Groups[1].Value).Where(n => n.Contains('+', StringComparison.Ordinal)).Select(n => n[7..]).ToList();
        Assert.Equal(faces.Distinct().Count() * 2, faces.Count); // the Type0 font and its CIDFont name each face
    }

    [Fact]
    public void Font_descriptors_give_the_ascent_and_descent_the_layout_sets_baselines_with()
    {
        var (_, pdf) = BundledPdfs.Get(BundledPdfs.Bundled, "A1");
        var face = JobDescGen.Pdf.Fonts.Embedding.FaceProgram.For("Carlito", false, false)!;
        var metrics = (Ascent: face.AscentUnits, Descent: face.DescentUnits, face.UnitsPerEm);
        var expanded = PdfStreams.Expanded(pdf);

        Assert.Contains($"/Ascent {(int)Math.Round(metrics.Ascent * 1000.0 / metrics.UnitsPerEm)}/", expanded, StringComparison.Ordinal);
        Assert.Contains($"/Descent {-(int)Math.Round(metrics.Descent * 1000.0 / metrics.UnitsPerEm)}/", expanded, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void A_tagged_job_description_stays_under_40_kilobytes(string level)
    {
        var (_, pdf) = BundledPdfs.Get(BundledPdfs.Bundled, level);

        Assert.True(pdf.Length <= 40 * 1024, $"{pdf.Length} bytes");
        Assert.Contains("/StructTreeRoot", PdfStreams.Expanded(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_bullet_sits_close_enough_to_its_text_to_be_read_with_it()
    {
        var (_, pdf) = BundledPdfs.Get(BundledPdfs.Bundled, "A1");
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);

        // Text extraction (pdftotext) starts a new block past about 0.7 em: a bullet further away
        // ends up in a column of its own, apart from its item.
        var gaps = document.GetPages().SelectMany(page =>
        {
            var letters = page.Letters.ToList();
            return letters.Select((l, i) => (l, i)).Where(x => x.l.Value == "•" && x.i + 1 < letters.Count)
                .Select(x => (Gap: letters[x.i + 1].StartBaseLine.X - x.l.EndBaseLine.X, Size: x.l.PointSize));
        }).ToList();

        Assert.NotEmpty(gaps);
        Assert.All(gaps, g => Assert.InRange(g.Gap, 0, g.Size * 0.6));
    }

    private static uint Adler32(byte[] data)
    {
        uint a = 1, b = 0;
        foreach (var x in data)
        {
            a = (a + x) % 65521;
            b = (b + a) % 65521;
        }

        return (b << 16) | a;
    }

    [GeneratedRegex(@"/Descent (-?[\d.]+)")]
    private static partial Regex DescentKey();

    [GeneratedRegex(@"/BaseFont/([A-Za-z+,\-]+)")]
    private static partial Regex BaseFontKey();
}
