namespace JobDescGen.Pdf.Text;

/// <summary>
/// An unbreakable stretch of text, possibly in several styles ("**term**:" is one word), and the
/// style of the space after it (null at the end of a paragraph).
/// </summary>
internal sealed class Word(List<InlineRun> pieces, TextStyle? spaceAfter)
{
    public List<InlineRun> Pieces { get; } = pieces;

    public TextStyle? SpaceAfter { get; set; } = spaceAfter;

    /// <summary>True when the text asks for a line break after this word (a Markdown hard break).</summary>
    public bool BreakAfter { get; set; }

    public string Text => string.Concat(Pieces.Select(p => p.Text));

    public double Width(ITextMeasurer measurer) => Pieces.Sum(p => measurer.Width(p.Text, p.Style));
}
