namespace JobDescGen.Pdf.Text;

/// <summary>
/// The word a line is gathering from its boxes: while they follow each other in one pieces list it
/// is the range they cover, so a word that is not broken on the line is drawn from its own pieces,
/// and only a word cut at a line end or made of separately cut chunks gets pieces of its own.
/// </summary>
internal struct WordRange
{
    private List<InlineRun>? _source;
    private int _from;
    private int _to;
    private int _box;
    private List<InlineRun>? _joined;

    /// <summary>True once a box with text has been added.</summary>
    public readonly bool HasText => _joined is not null ? _joined.Count > 0 : _to > _from;

    public void Add(in LineItem item, int index)
    {
        if (!HasText)
        {
            (_source, _from, _to, _box, _joined) = (item.Pieces, item.Start, item.End, index, null);
        }
        else if (_joined is null && ReferenceEquals(item.Pieces, _source) && item.Start == _to)
        {
            (_to, _box) = (item.End, -1);
        }
        else
        {
            _joined ??= LinePositioner.Append([], ParagraphItems.Slice(_source!, _from, _to));
            LinePositioner.Append(_joined, ParagraphItems.Slice(item.Pieces!, item.Start, item.End));
            _box = -1;
        }
    }

    /// <summary>
    /// The word with the glue after it: its pieces joined as the boxes' pieces appended one after
    /// the other would be, and its box when it is one box within one piece (its width is the box's).
    /// </summary>
    public readonly LineWord Finish(int space)
    {
        if (_joined is not null)
        {
            return new LineWord(_joined, -1, space);
        }

        var whole = _from == 0 && _to == ParagraphItems.TextLength(_source!) && LinePositioner.Merged(_source!);
        var pieces = whole ? _source! : LinePositioner.Append([], ParagraphItems.Slice(_source!, _from, _to));
        return new LineWord(pieces, _box >= 0 && _source!.Count == 1 ? _box : -1, space);
    }
}
