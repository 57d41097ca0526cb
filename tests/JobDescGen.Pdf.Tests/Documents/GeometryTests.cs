using JobDescGen.Pdf.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace JobDescGen.Pdf.Tests.Documents;

public sealed class GeometryTests
{
    // Rounding in glyph boxes; a real overflow is many points.
    private const double Slack = 0.5;

    public static TheoryData<string, string> Documents()
    {
        var data = new TheoryData<string, string>();
        foreach (var level in BundledPdfs.Levels)
        {
            data.Add("leidinggevende", level);
        }

        data.Add("stress", "A1");
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_glyph_lies_inside_the_margins(string profile, string level)
    {
        var theme = BundledPdfs.Theme;
        using var document = Open(profile, level);
        var outside = new List<string>();
        foreach (var page in document.GetPages())
        {
            var content = PdfText.ContentLetters(page).ToHashSet();
            Assert.True(content.Count > 0 && content.Count < page.Letters.Count, $"page {page.Number} should have both content and furniture");
            foreach (var letter in Visible(page.Letters))
            {
                var box = letter.BoundingBox;
                var inColumn = box.Left >= theme.Margins.Left - Slack && box.Right <= theme.PageWidth - theme.Margins.Right + Slack;

                // Body text stays in the text area; header and footer in the top and bottom margins.
                var inBody = box.Bottom >= theme.Margins.Bottom - Slack && box.Top <= theme.PageHeight - theme.Margins.Top + Slack;
                var inFurniture = box.Bottom >= theme.Margins.Bottom / 3 && box.Top <= theme.PageHeight - (theme.Margins.Top / 3);
                if (!inColumn || !(content.Contains(letter) ? inBody : inFurniture))
                {
                    outside.Add($"page {page.Number}: '{letter.Value}' at {box}");
                }
            }
        }

        Assert.Empty(outside);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void No_two_lines_overlap(string profile, string level)
    {
        using var document = Open(profile, level);
        var overlaps = new List<string>();
        foreach (var page in document.GetPages())
        {
            // Sweep from the bottom up: only letters whose boxes start below another's top can touch it.
            var letters = Visible(page.Letters).OrderBy(l => l.BoundingBox.Bottom).ToList();
            for (var i = 0; i < letters.Count; i++)
            {
                var a = letters[i].BoundingBox;
                for (var j = i + 1; j < letters.Count && letters[j].BoundingBox.Bottom < a.Top - Slack; j++)
                {
                    var b = letters[j].BoundingBox;
                    var otherLine = Math.Abs(letters[i].StartBaseLine.Y - letters[j].StartBaseLine.Y) > 0.01;
                    var horizontal = Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left) > Slack;
                    if (otherLine && horizontal)
                    {
                        overlaps.Add($"page {page.Number}: '{letters[i].Value}' at {a} and '{letters[j].Value}' at {b}");
                    }
                }
            }
        }

        Assert.Empty(overlaps);
    }

    private static PdfDocument Open(string profile, string level) =>
        PdfDocument.Open(BundledPdfs.Get(profile == "stress" ? BundledPdfs.Stress : BundledPdfs.Bundled, level).Pdf);

    private static IEnumerable<Letter> Visible(IEnumerable<Letter> letters) =>
        letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && l.BoundingBox.Width > 0);
}
