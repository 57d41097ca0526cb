using JobDescGen.Pdf.Hyphenation;
using JobDescGen.Rendering;

namespace JobDescGen.Pdf.Text;

/// <summary>
/// Turns a paragraph's words into boxes, glue and penalties: a word becomes one box, or several
/// with a hyphenation penalty between them; a space becomes glue; a hard break and the paragraph's
/// end become a fill glue and a forced break. Soft hyphens (U+00AD) are taken out of the text and
/// become the word's only hyphenation points; a zero-width space (U+200B) is taken out too and
/// becomes a place to break without a hyphen; words with digits, URLs and e-mail addresses are
/// never hyphenated.
/// </summary>
internal static class ParagraphItems
{
    private const char SoftHyphen = FormattingCharacters.SoftHyphen;

    private const char ZeroWidthSpace = FormattingCharacters.ZeroWidthSpace;

    /// <summary>The letters a word part needs before pattern hyphenation is tried.</summary>
    private const int MinHyphenatedLength = Hyphenator.MinBefore + Hyphenator.MinAfter;

    public static List<LineItem> Build(List<Word> words, double maxWidth, bool justify, Hyphenator? hyphenator, ITextMeasurer measurer, in LineBreakSettings settings)
    {
        var items = new List<LineItem>(words.Count * 3);
        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w];
            var (pieces, points) = BreakPoints(word, hyphenator);
            AddWord(items, pieces, points, w, maxWidth, measurer, settings);

            if (word.BreakAfter || w == words.Count - 1)
            {
                // The fill keeps the style of a space written before a hard break: the line's text ends with it.
                items.Add(new LineItem(LineItemKind.Glue, 0, Stretch: double.PositiveInfinity, Style: word.SpaceAfter));
                items.Add(new LineItem(LineItemKind.Penalty, 0, Cost: LineItem.Forced));
            }
            else if (word.SpaceAfter is { } spaceStyle)
            {
                var space = measurer.Width(" ", spaceStyle);
                items.Add(justify
                    ? new LineItem(LineItemKind.Glue, space, space * settings.SpaceStretch, space * settings.SpaceShrink, Style: spaceStyle)
                    : new LineItem(LineItemKind.Glue, space, Style: spaceStyle));
            }
        }

        return items;
    }

    private static void AddWord(List<LineItem> items, List<InlineRun> pieces, List<(int Offset, BreakKind Kind)> points, int word, double maxWidth, ITextMeasurer measurer, in LineBreakSettings settings)
    {
        var start = 0;
        var total = TextLength(pieces);
        foreach (var (offset, kind) in points.Append((total, BreakKind.AfterHyphen)))
        {
            var fragment = Slice(pieces, start, offset);
            var width = Width(fragment, measurer);
            if (width > maxWidth)
            {
                // Wider than the column: cut between letters where it must, at no cost and without a hyphen.
                var chunks = GreedyLineBreaker.Cut(new Word(fragment, null), maxWidth, measurer);
                for (var c = 0; c < chunks.Count; c++)
                {
                    if (c > 0)
                    {
                        items.Add(new LineItem(LineItemKind.Penalty, 0, Word: word));
                    }

                    items.Add(new LineItem(LineItemKind.Box, Width(chunks[c].Pieces, measurer), Pieces: chunks[c].Pieces, Word: word));
                }
            }
            else
            {
                items.Add(new LineItem(LineItemKind.Box, width, Pieces: fragment, Word: word));
            }

            if (offset < total)
            {
                var style = StyleAt(pieces, offset - 1);
                items.Add(kind switch
                {
                    BreakKind.Pattern => new LineItem(LineItemKind.Penalty, measurer.Width("-", style), Cost: settings.HyphenPenalty, Flagged: true, Style: style, Word: word),
                    BreakKind.Soft => new LineItem(LineItemKind.Penalty, measurer.Width("-", style), Cost: settings.SoftHyphenPenalty, Flagged: true, Style: style, Word: word),
                    BreakKind.ZeroWidth => new LineItem(LineItemKind.Penalty, 0, Word: word),
                    _ => new LineItem(LineItemKind.Penalty, 0, Cost: settings.ExplicitHyphenPenalty, Flagged: true, Word: word),
                });
            }

            start = offset;
        }
    }

    /// <summary>The word's pieces without soft hyphens, and the offsets (in that text) where it may be broken.</summary>
    private static (List<InlineRun> Pieces, List<(int Offset, BreakKind Kind)> Points) BreakPoints(Word word, Hyphenator? hyphenator)
    {
        var pieces = word.Pieces;
        var soft = new List<int>();
        var zeroWidth = new List<int>();
        if (pieces.Any(p => p.Text.AsSpan().IndexOfAny(SoftHyphen, ZeroWidthSpace) >= 0))
        {
            var cleaned = new List<InlineRun>();
            var at = 0;
            foreach (var piece in pieces)
            {
                var text = new System.Text.StringBuilder();
                foreach (var c in piece.Text)
                {
                    if (c == SoftHyphen)
                    {
                        soft.Add(at);
                    }
                    else if (c == ZeroWidthSpace)
                    {
                        zeroWidth.Add(at);
                    }
                    else
                    {
                        text.Append(c);
                        at++;
                    }
                }

                if (text.Length > 0)
                {
                    cleaned.Add(piece with { Text = text.ToString() });
                }
            }

            pieces = cleaned;
        }

        var all = string.Concat(pieces.Select(p => p.Text));
        var points = new List<(int Offset, BreakKind Kind)>();
        points.AddRange(zeroWidth.Where(o => o > 0 && o < all.Length).Distinct().Select(o => (o, BreakKind.ZeroWidth)));
        if (soft.Count > 0)
        {
            points.AddRange(soft.Where(o => o > 0 && o < all.Length && !zeroWidth.Contains(o)).Distinct().Select(o => (o, BreakKind.Soft)));
        }
        else if (hyphenator is not null && !NeverHyphenated(all))
        {
            for (var i = 0; i < all.Length;)
            {
                if (!char.IsLetter(all[i]))
                {
                    // After a hyphen written in the word ("ICT-project") a line may end without another one.
                    if (all[i] == '-' && i > 0 && char.IsLetter(all[i - 1]) && i + 1 < all.Length && char.IsLetter(all[i + 1]))
                    {
                        points.Add((i + 1, BreakKind.AfterHyphen));
                    }

                    i++;
                    continue;
                }

                var end = i;
                while (end < all.Length && char.IsLetter(all[end]))
                {
                    end++;
                }

                if (end - i >= MinHyphenatedLength)
                {
                    points.AddRange(hyphenator.Points(all[i..end]).Select(p => (i + p, BreakKind.Pattern)));
                }

                i = end;
            }
        }

        points.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return (pieces, points);
    }

    private static bool NeverHyphenated(string text) =>
        text.Any(char.IsDigit) || text.Contains('@', StringComparison.Ordinal) || text.Contains("://", StringComparison.Ordinal)
        || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    private static int TextLength(List<InlineRun> pieces) => pieces.Sum(p => p.Text.Length);

    private static TextStyle StyleAt(List<InlineRun> pieces, int offset)
    {
        foreach (var piece in pieces)
        {
            if (offset < piece.Text.Length)
            {
                return piece.Style;
            }

            offset -= piece.Text.Length;
        }

        return pieces[^1].Style;
    }

    /// <summary>The pieces covering text offsets [start, end).</summary>
    private static List<InlineRun> Slice(List<InlineRun> pieces, int start, int end)
    {
        if (start == 0 && end == TextLength(pieces))
        {
            return pieces;
        }

        var result = new List<InlineRun>();
        var at = 0;
        foreach (var piece in pieces)
        {
            var from = Math.Max(start, at);
            var to = Math.Min(end, at + piece.Text.Length);
            if (from < to)
            {
                result.Add(piece with { Text = piece.Text[(from - at)..(to - at)] });
            }

            at += piece.Text.Length;
        }

        return result;
    }

    public static double Width(List<InlineRun> pieces, ITextMeasurer measurer)
    {
        var width = 0.0;
        foreach (var piece in pieces)
        {
            width += measurer.Width(piece.Text, piece.Style);
        }

        return width;
    }
}
