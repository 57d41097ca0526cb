using JobDescGen.Pdf.Hyphenation;
using JobDescGen.Pdf.Tests.Support;
using JobDescGen.Pdf.Text;
using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Tests.Layout;

/// <summary>
/// The breaker drops every node that costs more than a greedy breaking of the whole paragraph: that
/// must never change the breaks. Random paragraphs (seeded), justified and ragged, at both
/// tolerances, are broken both ways.
/// </summary>
public sealed class TotalFitPruningTests
{
    private static readonly string[] Words =
    [
        "de", "en", "het", "een", "medewerkers", "opvolgen", "teneinde", "verantwoordelijkheden", "ontwikkelingsbehoeften",
        "coördineren", "kwaliteit", "arbeidsongevallenverzekeringsmaatschappij", "ICT-project", "2026", "«", "»,", "team",
        "https://wiki.example.be/projecten/lessons_learned?tab=2", "hr-dienst@example.be", "beleid", "a", "samenwerking",
    ];

    private static readonly TextStyle Regular = new("Carlito", 10, false, false, XColors.Black);
    private static readonly Hyphenator Dutch = new(HyphenationPatterns.For("nl")!, new Dictionary<string, int[]>());

    [Fact]
    public void Pruned_and_unpruned_search_find_the_same_breaks()
    {
        var random = new Random(20261201);
        var measurer = new KernedMeasurer();
        var settings = new LineBreakSettings();
        var compared = 0;
        for (var paragraph = 0; paragraph < 400; paragraph++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(1, 60)).Select(_ => Words[random.Next(Words.Length)]));
            var width = random.Next(60, 320);
            var justify = random.Next(2) == 0;
            var items = ParagraphItems.Build(WordSplitter.Split([new InlineRun(text, Regular)]), width, justify, Dutch, measurer, settings);
            foreach (var (tolerance, ragged) in new (double, double?)[] { (settings.Tolerance, null), (settings.EmergencyTolerance, null), (settings.EmergencyTolerance, 30) })
            {
                var pruned = TotalFitBreaker.Break(items, width, tolerance, ragged, settings);
                var full = TotalFitBreaker.Break(items, width, tolerance, ragged, settings, prune: false);

                Assert.True(Equals(pruned, full), $"\"{text}\" at {width} pt, tolerance {tolerance}, ragged {ragged}");
                compared += full is null ? 0 : 1;
            }
        }

        Assert.True(compared > 400, $"only {compared} paragraphs had breaks");
    }

    private static bool Equals(List<(int Break, double Ratio)>? a, List<(int Break, double Ratio)>? b) =>
        a is null ? b is null : b is not null && a.SequenceEqual(b);
}
