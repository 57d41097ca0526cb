using JobDescGen.Pdf.Theme;

namespace JobDescGen.Pdf.Text;

/// <summary>
/// Places the items of each line: parts of one word on one line are drawn as the word again, a
/// line ending at a hyphenation point gets its hyphen, and a justified line (not the last of its
/// paragraph) spreads or tightens its spaces to the column's width.
/// </summary>
internal static class LinePositioner
{
    public static IReadOnlyList<TextLine> Position(List<LineItem> items, List<(int Break, double Ratio)> breaks, double maxWidth, TextAlignment alignment, ITextMeasurer measurer)
    {
        var lines = new List<TextLine>(breaks.Count);
        var previous = -1;
        foreach (var (end, _) in breaks)
        {
            var start = TotalFitBreaker.LineStart(items, previous);
            lines.Add(Line(items, start, end, maxWidth, alignment, measurer));
            previous = end;
        }

        return lines;
    }

    private static TextLine Line(List<LineItem> items, int start, int end, double maxWidth, TextAlignment alignment, ITextMeasurer measurer)
    {
        // Words (parts of one word joined again) and the glue after each.
        var words = new List<(List<InlineRun> Pieces, LineItem? Space)>();
        var current = new List<InlineRun>();
        var currentWord = -1;
        for (var i = start; i < end; i++)
        {
            var item = items[i];
            if (item.Kind == LineItemKind.Box)
            {
                if (current.Count > 0 && item.Word != currentWord)
                {
                    words.Add((current, null));
                    current = [];
                }

                Append(current, item.Pieces!);
                currentWord = item.Word;
            }
            else if (item.Kind == LineItemKind.Glue && current.Count > 0 && !double.IsPositiveInfinity(item.Stretch))
            {
                words.Add((current, item));
                current = [];
                currentWord = -1;
            }
        }

        var last = items[end];
        var endsWithSpace = last.Kind == LineItemKind.Glue || (last.IsForcedBreak && end > 0 && items[end - 1] is { Kind: LineItemKind.Glue, Style: not null });
        if (last is { Kind: LineItemKind.Penalty, Style: { } hyphenStyle } && !last.IsForcedBreak)
        {
            current.Add(new InlineRun("-", hyphenStyle with { InsertedHyphen = true }));
        }

        if (current.Count > 0)
        {
            // A line that ends at a space keeps it in the text, so extraction does not join two lines' words.
            words.Add((current, endsWithSpace ? new LineItem(LineItemKind.Glue, 0) : null));
        }

        var widths = new double[words.Count][];
        var natural = 0.0;
        var stretch = 0.0;
        var shrink = 0.0;
        for (var i = 0; i < words.Count; i++)
        {
            var pieces = words[i].Pieces;
            widths[i] = new double[pieces.Count];
            var wordWidth = 0.0;
            for (var p = 0; p < pieces.Count; p++)
            {
                widths[i][p] = measurer.Width(pieces[p].Text, pieces[p].Style);
                wordWidth += widths[i][p];
            }

            // The word's width first, then the line's: the same sums (and positions) as before.
            natural += wordWidth;

            if (i < words.Count - 1 && words[i].Space is { } space)
            {
                natural += space.Width;
                stretch += space.Stretch;
                shrink += space.Shrink;
            }
        }

        var justify = alignment == TextAlignment.Justify && !last.IsForcedBreak && words.Count > 1;
        var gap = maxWidth - natural;
        var ratio = 0.0;
        if (gap < 0 && shrink > 0)
        {
            // Too long at natural spacing (a last line too): the spaces tighten, as the breaker allowed.
            ratio = Math.Max(-1, gap / shrink);
        }
        else if (justify && stretch > 0)
        {
            ratio = gap / stretch;
        }

        var x = alignment switch
        {
            TextAlignment.Right => Math.Max(0, maxWidth - natural),
            TextAlignment.Center => Math.Max(0, (maxWidth - natural) / 2),
            _ => 0.0,
        };
        var runs = new List<PositionedRun>(words.Count + 2);
        for (var i = 0; i < words.Count; i++)
        {
            var (pieces, space) = words[i];
            for (var p = 0; p < pieces.Count; p++)
            {
                var trailing = p == pieces.Count - 1 && space is not null ? " " : string.Empty;
                runs.Add(new PositionedRun(pieces[p].Text + trailing, pieces[p].Style, x, widths[i][p]));
                x += widths[i][p];
            }

            if (i < words.Count - 1 && space is { } glue)
            {
                x += glue.Width + (ratio >= 0 ? ratio * glue.Stretch : ratio * glue.Shrink);
            }
        }

        return new TextLine(runs, justify || ratio < 0 ? Math.Min(maxWidth, x) : natural);
    }

    private static void Append(List<InlineRun> pieces, List<InlineRun> more)
    {
        foreach (var piece in more)
        {
            if (pieces.Count > 0 && pieces[^1].Style == piece.Style)
            {
                pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + piece.Text };
            }
            else
            {
                pieces.Add(piece);
            }
        }
    }
}
