using JobDescGen.Pdf.Hyphenation;
using JobDescGen.Pdf.Theme;

namespace JobDescGen.Pdf.Text;

/// <summary>
/// Breaks a paragraph into lines over the whole paragraph (<see cref="TotalFitBreaker"/>), with
/// hyphenation where a hyphenator is given: justified text within the tolerance, then within the
/// emergency tolerance, then for a calm ragged edge with the lines that cannot be justified set
/// flush left, and greedily as the last resort; ragged text for the calmest right edge.
/// </summary>
internal static class LineBreaker
{
    // The items of the paragraph being broken, one list per thread: they live only until its lines are placed.
    [ThreadStatic]
    private static List<LineItem>? t_items;

    // A hostile paragraph may need a very long list; such a list is not kept for the next one.
    private const int MaxKeptItems = 1 << 16;

    public static IReadOnlyList<TextLine> Break(IEnumerable<InlineRun> runs, double maxWidth, TextAlignment alignment, ITextMeasurer measurer, Hyphenator? hyphenator = null) =>
        Break(runs, maxWidth, alignment, measurer, hyphenator, new LineBreakSettings());

    public static IReadOnlyList<TextLine> Break(IEnumerable<InlineRun> runs, double maxWidth, TextAlignment alignment, ITextMeasurer measurer, Hyphenator? hyphenator, LineBreakSettings settings)
    {
        // A paragraph broken before with the same inputs (another level of the same profile): its lines again.
        var key = ParagraphLineCache.KeyOf(runs, maxWidth, alignment, measurer, hyphenator, settings);
        if (key is { } known && ParagraphLineCache.TryGet(known, out var cached))
        {
            return cached;
        }

        var lines = BreakAnew(runs, maxWidth, alignment, measurer, hyphenator, settings);
        if (key is { } made)
        {
            ParagraphLineCache.Add(made, lines);
        }

        return lines;
    }

    private static IReadOnlyList<TextLine> BreakAnew(IEnumerable<InlineRun> runs, double maxWidth, TextAlignment alignment, ITextMeasurer measurer, Hyphenator? hyphenator, LineBreakSettings settings)
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

        var items = t_items ?? [];
        t_items = null;
        ParagraphItems.Build(words, maxWidth, justify, hyphenator, measurer, settings, items);
        var raggedStretch = settings.RaggedStretch * BaseSize(words);
        var breaks = TotalFitBreaker.Break(items, maxWidth, settings.Tolerance, justify ? null : raggedStretch, settings)
            ?? (justify ? TotalFitBreaker.Break(items, maxWidth, settings.EmergencyTolerance, null, settings) : null);
        var loosest = double.PositiveInfinity;
        if (breaks is null && justify)
        {
            // Some line cannot be justified within the emergency tolerance (a long web address leaves
            // a line with too few spaces): break for a calm ragged edge instead, and set flush left
            // the lines that would stretch further.
            breaks = TotalFitBreaker.Break(items, maxWidth, settings.EmergencyTolerance, raggedStretch, settings);
            loosest = settings.EmergencyTolerance;
        }

        var lines = breaks is null
            ? GreedyLineBreaker.Break(words, maxWidth, alignment, measurer)
            : LinePositioner.Position(items, breaks, maxWidth, alignment, measurer, loosest);
        items.Clear();
        if (items.Capacity <= MaxKeptItems)
        {
            t_items = items;
        }

        return lines;
    }

    private static double BaseSize(List<Word> words) => words[0].Pieces[0].Style.Size;
}
