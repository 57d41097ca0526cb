using JobDescGen.Pdf.Hyphenation;
using JobDescGen.Pdf.Tests.Support;
using UglyToad.PdfPig;

namespace JobDescGen.Pdf.Tests.Rendering;

/// <summary>
/// Words are drawn several to a string (a whole justified line is one string with its stretched
/// spaces as TJ adjustments), so where a word lands depends on the glyph widths the PDF declares.
/// Every word must start where the layout put it.
/// </summary>
public sealed class WordPlacementTests
{
    // A hundredth of a point: far below what an eye or a text extractor tells apart, far above the
    // rounding of the written numbers; widths rounded to whole thousandths of an em drift ~0.4 pt a line.
    private const double Tolerance = 0.01;

    public static TheoryData<string, string> Documents() => new() { { "leidinggevende", "A1" }, { "leidinggevende", "C" }, { "stress", "A1" } };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_word_starts_where_the_layout_put_it(string profile, string level)
    {
        var theme = BundledPdfs.Theme;
        var (document, pdf) = BundledPdfs.Get(profile == "stress" ? BundledPdfs.Stress : BundledPdfs.Bundled, level);
        var writer = new PdfDocumentWriter(theme);
        JobDescGen.Pdf.Layout.PageLayout layout;
        using (HyphenationScope.Enter(document.Facts.Locale, theme.HyphenationExceptions(document.Facts.Locale), theme.Hyphenate))
        {
            layout = writer.Layout(document.Ast, document.Label("continued"), document.Label("definitions"));
        }

        using var read = PdfDocument.Open(pdf);
        Assert.Equal(layout.Pages.Count, read.NumberOfPages);
        var misplaced = new List<string>();
        var checkedWords = 0;
        for (var i = 0; i < layout.Pages.Count; i++)
        {
            var recorder = new RecordingDrawContext();
            layout.Pages[i].Draw(recorder, theme.Margins.Left, theme.Margins.Top, layout.Width);
            var letters = read.GetPage(i + 1).Letters;
            foreach (var (text, _, x, baseline) in recorder.Texts)
            {
                if (text.Length == 0 || !char.IsLetterOrDigit(text[0]))
                {
                    continue;
                }

                checkedWords++;
                var y = theme.PageHeight - baseline;
                var nearest = letters
                    .Where(l => l.Value == text[..1] && Math.Abs(l.StartBaseLine.Y - y) < Tolerance)
                    .Select(l => Math.Abs(l.StartBaseLine.X - x))
                    .DefaultIfEmpty(double.PositiveInfinity)
                    .Min();
                if (nearest > Tolerance)
                {
                    misplaced.Add($"page {i + 1}: '{text}' at x {x:F3}, off by {nearest:F3}");
                }
            }
        }

        Assert.True(checkedWords > 300, $"only {checkedWords} words checked");
        Assert.Empty(misplaced);
    }
}
