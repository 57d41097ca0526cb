using System.Runtime.InteropServices;
using JobDescGen.Pdf.Theme;

namespace JobDescGen.Pdf.Text;

/// <summary>
/// Places the items of each line: parts of one word on one line are drawn as the word again, a
/// line ending at a hyphenation point gets its hyphen, and a justified line (not the last of its
/// paragraph) spreads or tightens its spaces to the column's width.
/// </summary>
internal static class LinePositioner
{
    // The words of the line being placed and their pieces' widths, reused line after line on a thread.
    [ThreadStatic]
    private static List<LineWord>? t_words;

    [ThreadStatic]
    private static List<double>? t_widths;

    /// <remarks>
    /// A justified line whose spaces would stretch past <paramref name="loosest"/> (as a ratio of
    /// their stretch) is set flush left instead.
    /// </remarks>
    public static IReadOnlyList<TextLine> Position(List<LineItem> items, List<(int Break, double Ratio)> breaks, double maxWidth, TextAlignment alignment, ITextMeasurer measurer, double loosest = double.PositiveInfinity)
    {
        var words = t_words ?? [];
        var widths = t_widths ?? [];
        (t_words, t_widths) = (null, null);
        var lines = new List<TextLine>(breaks.Count);
        var previous = -1;
        foreach (var (end, _) in breaks)
        {
            var start = TotalFitBreaker.LineStart(items, previous);
            lines.Add(Line(CollectionsMarshal.AsSpan(items), start, end, maxWidth, alignment, measurer, words, widths, loosest));
            previous = end;
        }

        words.Clear();
        (t_words, t_widths) = (words, widths);
        return lines;
    }

    private static TextLine Line(ReadOnlySpan<LineItem> items, int start, int end, double maxWidth, TextAlignment alignment, ITextMeasurer measurer, List<LineWord> words, List<double> widths, double loosest)
    {
        // Words (parts of one word joined again) and the glue after each. The word being gathered is
        // a range of its pieces while its boxes follow each other there: cut out only when needed.
        words.Clear();
        var word = new WordRange();
        var currentWord = -1;
        for (var i = start; i < end; i++)
        {
            ref readonly var item = ref items[i];
            if (item.Kind == LineItemKind.Box)
            {
                if (word.HasText && item.Word != currentWord)
                {
                    words.Add(word.Finish(-1));
                    word = new WordRange();
                }

                word.Add(item, i);
                currentWord = item.Word;
            }
            else if (item.Kind == LineItemKind.Glue && word.HasText && !double.IsPositiveInfinity(item.Stretch))
            {
                words.Add(word.Finish(i));
                word = new WordRange();
                currentWord = -1;
            }
        }

        ref readonly var last = ref items[end];
        var endsWithSpace = last.Kind == LineItemKind.Glue || (last.IsForcedBreak && end > 0 && items[end - 1] is { Kind: LineItemKind.Glue, Style: not null });
        var lastWord = word.HasText ? word.Finish(endsWithSpace ? LineWord.EndSpace : -1) : default;
        if (last is { Kind: LineItemKind.Penalty, Style: { } hyphenStyle } && !last.IsForcedBreak)
        {
            // The hyphen joins a copy: a word's own pieces never change.
            var pieces = lastWord.Pieces is null ? [] : Append([], lastWord.Pieces);
            pieces.Add(new InlineRun("-", hyphenStyle with { InsertedHyphen = true }));
            lastWord = new LineWord(pieces, -1, endsWithSpace ? LineWord.EndSpace : -1);
        }
        else if (last.Kind == LineItemKind.Penalty && !last.IsForcedBreak)
        {
            // Broken inside the word without a hyphen: its box's width counts the kerning to the
            // part on the next line, so the part is measured as drawn.
            lastWord = lastWord with { Box = -1 };
        }

        if (lastWord.Pieces is { Count: > 0 })
        {
            // A line that ends at a space keeps it in the text, so extraction does not join two lines' words.
            words.Add(lastWord);
        }

        widths.Clear();
        var natural = 0.0;
        var stretch = 0.0;
        var shrink = 0.0;
        for (var i = 0; i < words.Count; i++)
        {
            var (pieces, box, space) = words[i];
            var wordWidth = 0.0;
            if (box >= 0)
            {
                // One box within one piece: the box measured that same text.
                wordWidth += items[box].Width;
                widths.Add(items[box].Width);
            }
            else
            {
                for (var p = 0; p < pieces.Count; p++)
                {
                    var width = measurer.Width(pieces[p].Text, pieces[p].Style);
                    widths.Add(width);
                    wordWidth += width;
                }
            }

            // The word's width first, then the line's: the same sums (and positions) as before.
            natural += wordWidth;

            if (i < words.Count - 1 && space >= 0)
            {
                natural += items[space].Width;
                stretch += items[space].Stretch;
                shrink += items[space].Shrink;
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
        else if (justify && stretch > 0 && gap / stretch > loosest)
        {
            // Too loose to justify (only where the breaker found no better breaks): set flush left.
            justify = false;
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
        var runs = new List<PositionedRun>(widths.Count);
        var w = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var (pieces, _, space) = words[i];
            for (var p = 0; p < pieces.Count; p++)
            {
                var text = p == pieces.Count - 1 && space != -1 ? pieces[p].Text + " " : pieces[p].Text;
                runs.Add(new PositionedRun(text, pieces[p].Style, x, widths[w]));
                x += widths[w++];
            }

            if (i < words.Count - 1 && space >= 0)
            {
                ref readonly var glue = ref items[space];
                x += glue.Width + (ratio >= 0 ? ratio * glue.Stretch : ratio * glue.Shrink);
            }
        }

        return new TextLine(runs, justify || ratio < 0 ? Math.Min(maxWidth, x) : natural);
    }

    /// <summary>True when no two neighbouring pieces share a style: joining them again would change nothing.</summary>
    public static bool Merged(List<InlineRun> pieces)
    {
        for (var i = 1; i < pieces.Count; i++)
        {
            if (pieces[i - 1].Style == pieces[i].Style)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Appends <paramref name="more"/> to <paramref name="pieces"/>, a piece of the same style as the last one joined to it.</summary>
    public static List<InlineRun> Append(List<InlineRun> pieces, List<InlineRun> more)
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

        return pieces;
    }
}
