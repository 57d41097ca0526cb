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

    private ITextMeasurer? _measuredBy;
    private double _width;

    public string Text => Pieces.Count == 1 ? Pieces[0].Text : string.Concat(Pieces.Select(p => p.Text));

    /// <summary>
    /// The width of the pieces side by side; measured once per measurer (line breaking and
    /// positioning both ask), so pieces must not change after the first call.
    /// </summary>
    public double Width(ITextMeasurer measurer)
    {
        if (!ReferenceEquals(_measuredBy, measurer))
        {
            var width = 0.0;
            foreach (var piece in Pieces)
            {
                width += measurer.Width(piece.Text, piece.Style);
            }

            (_width, _measuredBy) = (width, measurer);
        }

        return _width;
    }
}
