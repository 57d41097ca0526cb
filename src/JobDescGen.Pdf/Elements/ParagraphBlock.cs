using JobDescGen.Pdf.Hyphenation;
using JobDescGen.Pdf.Layout;
using JobDescGen.Pdf.Rendering;
using JobDescGen.Pdf.Tagging;
using JobDescGen.Pdf.Text;

namespace JobDescGen.Pdf.Elements;

/// <summary>
/// Lines of text: broken over the whole paragraph for the column width (hyphenated unless a heading), split between lines at a page end, keeping
/// at least two lines on each side (no orphans or widows) unless the page is empty.
/// </summary>
internal sealed class ParagraphBlock : Block
{
    private const int MinimumLinesPerSide = 2;

    private readonly IReadOnlyList<InlineRun> _runs;
    private readonly ITextMeasurer _measurer;
    private readonly StructureTag? _tag;
    private readonly Hyphenator? _hyphenator;
    private IReadOnlyList<TextLine>? _lines;
    private double _linesWidth = double.NaN;

    public ParagraphBlock(IReadOnlyList<InlineRun> runs, ParagraphFormat format, StructureTag? tag, ITextMeasurer measurer)
    {
        _runs = runs;
        Format = format;
        _tag = tag;
        _measurer = measurer;

        // Headings are never hyphenated; other text in the language of the document being laid out.
        _hyphenator = tag is StructureTag.Heading1 or StructureTag.Heading2 or StructureTag.Heading3 ? null : HyphenationScope.Current;
    }

    private ParagraphBlock(ParagraphBlock source, IReadOnlyList<TextLine> lines, double width, TagSpan span)
        : this(source._runs, source.Format, source._tag, source._measurer)
    {
        StaysWithNext = source.StaysWithNext;
        IsCaption = source.IsCaption;
        _hyphenator = source._hyphenator;
        _lines = lines;
        _linesWidth = width;
        IsFragment = true;
        Span = span;
    }

    public ParagraphFormat Format { get; }

    /// <summary>True for a lead-in ("Voorbeelden van taken") that belongs with what follows it.</summary>
    public bool StaysWithNext { get; init; }

    public override bool KeepWithNext => StaysWithNext;

    public StructureTag? Tag => IsCaption ? StructureTag.Caption : _tag;

    /// <summary>True for a lead-in that names what follows ("Voorbeelden van taken"): tagged Caption, not P.</summary>
    public bool IsCaption { get; init; }

    public TagSpan Span { get; private init; } = TagSpan.Whole;

    /// <summary>The plain text without marks drawn for the eye only, for bookmarks and headers.</summary>
    public string PlainText => string.Concat(_runs.Where(r => !r.Style.Artifact).Select(r => r.Text)).Trim();

    /// <summary>True for the part of a split paragraph, whose lines are fixed.</summary>
    private bool IsFragment { get; }

    public IReadOnlyList<TextLine> Lines(double width)
    {
        if (_lines is null || (!IsFragment && width != _linesWidth))
        {
            _lines = LineBreaker.Break(_runs, width, Format.Align, _measurer, _hyphenator);
            _linesWidth = width;
        }

        return _lines;
    }

    public override double Measure(double width) => Lines(width).Count * Format.LineHeight;

    public override SplitResult Split(SplitRequest request)
    {
        var lines = Lines(request.Width);
        var fit = (int)Math.Floor((request.Available + 0.001) / Format.LineHeight);
        if (!request.Force)
        {
            fit = Math.Min(fit, lines.Count - MinimumLinesPerSide);
            if (fit < MinimumLinesPerSide)
            {
                return SplitResult.Nothing(this);
            }
        }

        fit = Math.Clamp(fit, 1, lines.Count);
        if (fit == lines.Count)
        {
            return new SplitResult(this, null);
        }

        return new SplitResult(
            new ParagraphBlock(this, [.. lines.Take(fit)], request.Width, Span.Head) { SpaceBefore = SpaceBefore },
            new ParagraphBlock(this, [.. lines.Skip(fit)], request.Width, Span.Tail) { SpaceAfter = SpaceAfter });
    }

    public override void Draw(IDrawContext context, double x, double y, double width)
    {
        TagScope.Open(context, Tag, Span);

        var lines = Lines(width);
        var baseline = _measurer.Baseline(Format.Style, Format.LineHeight);
        for (var i = 0; i < lines.Count; i++)
        {
            foreach (var run in lines[i].Runs)
            {
                if (run.Style.Artifact)
                {
                    context.BeginArtifact();
                }

                context.Text(run.Text, run.Style, x + run.X, y + (i * Format.LineHeight) + baseline);
                if (run.Style.Artifact)
                {
                    context.EndArtifact();
                }
            }
        }

        TagScope.Close(context, Tag, Span);
    }

    /// <summary>The same text followed by <paramref name="suffix"/>, untagged: a repeat for the eye ("Supervisie (vervolg)").</summary>
    public ParagraphBlock Continued(string suffix) =>
        new([.. _runs, new InlineRun(" " + suffix, Format.Style with { Bold = false, Italic = true })], Format, null, _measurer);

    public override Block WithWholeTags() =>
        Span == TagSpan.Whole ? this : new ParagraphBlock(this, _lines!, _linesWidth, TagSpan.Whole) { SpaceBefore = SpaceBefore, SpaceAfter = SpaceAfter };
}
