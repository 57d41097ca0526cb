using JobDescGen.Pdf.Hyphenation;
using JobDescGen.Rendering;

namespace JobDescGen.Pdf.Text;

/// <summary>
/// Turns a paragraph's words into boxes, glue and penalties: a word becomes one box, or several
/// with a hyphenation penalty between them; a space becomes glue; a hard break and the paragraph's
/// end become a fill glue and a forced break. Soft hyphens (U+00AD) are taken out of the text and
/// become the word's only hyphenation points; a zero-width space (U+200B) is taken out too and
/// becomes a place to break without a hyphen; words with digits, URLs and e-mail addresses are
/// never hyphenated, but addresses may end a line at their "/", "?", "#", "&amp;", "." or "@" (<see cref="AddressBreaks"/>).
/// </summary>
internal static class ParagraphItems
{
    private const char SoftHyphen = FormattingCharacters.SoftHyphen;

    private const char ZeroWidthSpace = FormattingCharacters.ZeroWidthSpace;

    private const int MaxKeptPoints = 1 << 10;

    /// <summary>The letters a word part needs before pattern hyphenation is tried.</summary>
    private const int MinHyphenatedLength = Hyphenator.MinBefore + Hyphenator.MinAfter;

    [ThreadStatic]
    private static List<(int Offset, BreakKind Kind)>? t_points;

    public static List<LineItem> Build(List<Word> words, double maxWidth, bool justify, Hyphenator? hyphenator, ITextMeasurer measurer, in LineBreakSettings settings) =>
        Build(words, maxWidth, justify, hyphenator, measurer, settings, new List<LineItem>((words.Count * 2) + 8));

    /// <summary>Builds the items into <paramref name="items"/>, emptied first: line breaking reuses one list per thread.</summary>
    public static List<LineItem> Build(List<Word> words, double maxWidth, bool justify, Hyphenator? hyphenator, ITextMeasurer measurer, in LineBreakSettings settings, List<LineItem> items)
    {
        items.Clear();

        // One list of a word's break points per thread, emptied for each word.
        var points = t_points ??= new List<(int Offset, BreakKind Kind)>(16);
        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w];
            var pieces = BreakPoints(word, hyphenator, points);
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

        if (points.Capacity > MaxKeptPoints)
        {
            // A hostile word's long list is not kept for the next paragraph.
            t_points = null;
        }

        return items;
    }

    private static void AddWord(List<LineItem> items, List<InlineRun> pieces, List<(int Offset, BreakKind Kind)> points, int word, double maxWidth, ITextMeasurer measurer, in LineBreakSettings settings)
    {
        var start = 0;
        var total = TextLength(pieces);
        for (var k = 0; k <= points.Count; k++)
        {
            // After the last point, the rest of the word.
            var (offset, kind) = k < points.Count ? points[k] : (total, BreakKind.AfterHyphen);
            var width = Width(pieces, start, offset, measurer);
            if (width > maxWidth)
            {
                // Wider than the column: cut between letters where it must, at no cost and without a hyphen.
                var chunks = GreedyLineBreaker.Cut(new Word(Slice(pieces, start, offset), null), maxWidth, measurer);
                for (var c = 0; c < chunks.Count; c++)
                {
                    if (c > 0)
                    {
                        items.Add(new LineItem(LineItemKind.Penalty, 0, Word: word));
                    }

                    var chunk = chunks[c].Pieces;
                    items.Add(new LineItem(LineItemKind.Box, Width(chunk, measurer), Pieces: chunk, Word: word, End: TextLength(chunk)));
                }
            }
            else
            {
                items.Add(new LineItem(LineItemKind.Box, width, Pieces: pieces, Word: word, Start: start, End: offset));
            }

            if (offset < total)
            {
                // The word is drawn whole where it is not broken, kerned across this point too: the
                // box before the point carries that kerning and a break here takes it back, so a
                // line is measured as wide as it is drawn either way.
                var kern = KernAcross(pieces, offset, measurer);
                if (kern != 0)
                {
                    items[^1] = items[^1] with { Width = items[^1].Width + kern };
                }

                var style = StyleAt(pieces, offset - 1);
                items.Add(kind switch
                {
                    BreakKind.Pattern => new LineItem(LineItemKind.Penalty, measurer.Width("-", style) - kern, Cost: settings.HyphenPenalty, Flagged: true, Style: style, Word: word),
                    BreakKind.Soft => new LineItem(LineItemKind.Penalty, measurer.Width("-", style) - kern, Cost: settings.SoftHyphenPenalty, Flagged: true, Style: style, Word: word),
                    BreakKind.ZeroWidth => new LineItem(LineItemKind.Penalty, -kern, Word: word),
                    BreakKind.Address => new LineItem(LineItemKind.Penalty, -kern, Cost: settings.AddressBreakPenalty, Word: word),
                    _ => new LineItem(LineItemKind.Penalty, -kern, Cost: settings.ExplicitHyphenPenalty, Flagged: true, Word: word),
                });
            }

            start = offset;
        }
    }

    /// <summary>The word's pieces without soft hyphens; <paramref name="points"/> gets the offsets (in that text) where it may be broken.</summary>
    private static List<InlineRun> BreakPoints(Word word, Hyphenator? hyphenator, List<(int Offset, BreakKind Kind)> points)
    {
        points.Clear();
        var pieces = word.Pieces;
        List<int>? soft = null;
        List<int>? zeroWidth = null;
        if (HasFormatting(pieces))
        {
            (soft, zeroWidth) = ([], []);
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

        var all = pieces.Count == 1 ? pieces[0].Text : Concat(pieces);
        if (zeroWidth is not null)
        {
            points.AddRange(zeroWidth.Where(o => o > 0 && o < all.Length).Distinct().Select(o => (o, BreakKind.ZeroWidth)));
        }

        if (soft is { Count: > 0 })
        {
            points.AddRange(soft.Where(o => o > 0 && o < all.Length && !zeroWidth!.Contains(o)).Distinct().Select(o => (o, BreakKind.Soft)));
        }
        else if ((zeroWidth is not null || !AddressBreaks.Find(all, points)) && hyphenator is not null && !NeverHyphenated(all))
        {
            // A web or e-mail address is never hyphenated: AddressBreaks gave its own places to break.
            HyphenationPoints(all, hyphenator, points);
        }

        // Mostly in order already (pattern points are); sorting only when not keeps the order a sort gives.
        if (!Ascending(points))
        {
            points.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        }

        return pieces;
    }

    /// <summary>Adds the hyphenation points of each run of letters, and the places after a hyphen written between letters.</summary>
    private static void HyphenationPoints(string all, Hyphenator hyphenator, List<(int Offset, BreakKind Kind)> points)
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
                foreach (var point in hyphenator.Points(all.AsSpan(i, end - i)))
                {
                    points.Add((i + point, BreakKind.Pattern));
                }
            }

            i = end;
        }
    }

    private static bool Ascending(List<(int Offset, BreakKind Kind)> points)
    {
        for (var i = 1; i < points.Count; i++)
        {
            if (points[i].Offset <= points[i - 1].Offset)
            {
                return false;
            }
        }

        return true;
    }

    private static string Concat(List<InlineRun> pieces)
    {
        var text = new System.Text.StringBuilder(TextLength(pieces));
        foreach (var piece in pieces)
        {
            text.Append(piece.Text);
        }

        return text.ToString();
    }

    private static bool NeverHyphenated(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return text.Contains('@', StringComparison.Ordinal) || text.Contains("://", StringComparison.Ordinal)
            || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    private static bool HasFormatting(List<InlineRun> pieces)
    {
        foreach (var piece in pieces)
        {
            if (piece.Text.AsSpan().IndexOfAny(SoftHyphen, ZeroWidthSpace) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    public static int TextLength(List<InlineRun> pieces)
    {
        var length = 0;
        foreach (var piece in pieces)
        {
            length += piece.Text.Length;
        }

        return length;
    }

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

    /// <summary>
    /// The pair kerning between the characters on either side of text offset <paramref name="offset"/>:
    /// what measuring them together adds to measuring them apart. None across two pieces, which are
    /// measured (and drawn) apart.
    /// </summary>
    private static double KernAcross(List<InlineRun> pieces, int offset, ITextMeasurer measurer)
    {
        foreach (var piece in pieces)
        {
            if (offset < piece.Text.Length)
            {
                if (offset == 0)
                {
                    return 0;
                }

                var (left, right) = (piece.Text[offset - 1], piece.Text[offset]);
                return char.IsSurrogate(left) || char.IsSurrogate(right) ? 0 : measurer.Kerning(left, right, piece.Style);
            }

            offset -= piece.Text.Length;
        }

        return 0;
    }

    /// <summary>The width of the pieces covering text offsets [start, end), measured piece by piece as <see cref="Slice"/> would give them.</summary>
    private static double Width(List<InlineRun> pieces, int start, int end, ITextMeasurer measurer)
    {
        var width = 0.0;
        var at = 0;
        foreach (var piece in pieces)
        {
            var from = Math.Max(start, at);
            var to = Math.Min(end, at + piece.Text.Length);
            if (from < to)
            {
                width += to - from == piece.Text.Length
                    ? measurer.Width(piece.Text, piece.Style)
                    : measurer.Width(piece.Text.AsSpan(from - at, to - from), piece.Style);
            }

            at += piece.Text.Length;
        }

        return width;
    }

    /// <summary>The pieces covering text offsets [start, end).</summary>
    public static List<InlineRun> Slice(List<InlineRun> pieces, int start, int end)
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
