using JobDescGen.Pdf.Hyphenation;
using JobDescGen.Pdf.Theme;

namespace JobDescGen.Pdf.Text;

/// <summary>
/// Breaks a paragraph into lines over the whole paragraph (<see cref="TotalFitBreaker"/>), with
/// hyphenation where a hyphenator is given: justified text within the tolerance, then within the
/// emergency tolerance, and greedily as the last resort; ragged text for the calmest right edge.
/// </summary>
internal static class LineBreaker
{
    public static IReadOnlyList<TextLine> Break(IEnumerable<InlineRun> runs, double maxWidth, TextAlignment alignment, ITextMeasurer measurer, Hyphenator? hyphenator = null) =>
        Break(runs, maxWidth, alignment, measurer, hyphenator, new LineBreakSettings());

    public static IReadOnlyList<TextLine> Break(IEnumerable<InlineRun> runs, double maxWidth, TextAlignment alignment, ITextMeasurer measurer, Hyphenator? hyphenator, LineBreakSettings settings)
    {
        var words = WordSplitter.Split(runs);
        if (words.Count == 0)
        {
            return [];
        }

        var justify = alignment == TextAlignment.Justify;
        if (!justify)
        {
            settings = settings with { HyphenPenalty = settings.RaggedHyphenPenalty, ExplicitHyphenPenalty = settings.RaggedHyphenPenalty };
        }

        var items = ParagraphItems.Build(words, maxWidth, justify, hyphenator, measurer, settings);
        double? ragged = justify ? null : settings.RaggedStretch * BaseSize(words);
        var breaks = TotalFitBreaker.Break(items, maxWidth, settings.Tolerance, ragged, settings)
            ?? (justify ? TotalFitBreaker.Break(items, maxWidth, settings.EmergencyTolerance, null, settings) : null);
        return breaks is null
            ? GreedyLineBreaker.Break(words, maxWidth, alignment, measurer)
            : LinePositioner.Position(items, breaks, maxWidth, alignment, measurer);
    }

    private static double BaseSize(List<Word> words) => words[0].Pieces[0].Style.Size;
}
