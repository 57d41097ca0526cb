namespace JobDescGen.Pdf.Text;

/// <summary>
/// Knuth and Plass's total-fit line breaking: of all ways to break a paragraph into lines whose
/// spaces stay within the tolerance, the one with the least total demerits, so one loose line is
/// not bought with a very loose next one. Ragged text uses the same search with the space left at
/// the line's end as its badness, which gives a calm right edge.
/// </summary>
internal static class TotalFitBreaker
{
    private const double MaxBadness = 10_000;

    /// <summary>
    /// The items where lines end (each a glue or penalty index) and each line's adjustment ratio, or
    /// null when no set of breaks keeps every line within <paramref name="tolerance"/>.
    /// </summary>
    /// <remarks><c>raggedStretch</c>: for ragged text, the line-end space that counts as ratio 1; null for justified text.</remarks>
    public static List<(int Break, double Ratio)>? Break(List<LineItem> items, double width, double tolerance, double? raggedStretch, in LineBreakSettings settings)
    {
        var count = items.Count;
        var sumWidth = new double[count + 1];
        var sumStretch = new double[count + 1];
        var sumShrink = new double[count + 1];
        for (var i = 0; i < count; i++)
        {
            var item = items[i];
            var isContent = item.Kind != LineItemKind.Penalty;
            sumWidth[i + 1] = sumWidth[i] + (isContent ? item.Width : 0);
            var stretch = item.Kind == LineItemKind.Glue && !double.IsPositiveInfinity(item.Stretch) ? item.Stretch : 0;
            sumStretch[i + 1] = sumStretch[i] + stretch;
            sumShrink[i + 1] = sumShrink[i] + (item.Kind == LineItemKind.Glue ? item.Shrink : 0);
        }

        var active = new List<Node> { new(-1, LineStart(items, -1), 1, 0, 0, false, null, 0) };
        var candidates = new BreakCandidates<Node>(settings.MaxConsecutiveHyphens);
        for (var b = 0; b < count; b++)
        {
            var item = items[b];
            var legal = item.Kind switch
            {
                LineItemKind.Glue => b > 0 && items[b - 1].Kind == LineItemKind.Box,
                LineItemKind.Penalty => !double.IsPositiveInfinity(item.Cost),
                _ => false,
            };
            if (!legal)
            {
                continue;
            }

            // The fill glue before a forced break is not a place to break.
            if (item.Kind == LineItemKind.Glue && double.IsPositiveInfinity(item.Stretch))
            {
                continue;
            }

            candidates.Clear();
            var forced = item.IsForcedBreak;
            for (var n = active.Count - 1; n >= 0; n--)
            {
                var from = active[n];
                var start = from.Start;
                var lineWidth = sumWidth[b] - sumWidth[start] + (item.Kind == LineItemKind.Penalty ? item.Width : 0);
                var shrink = sumShrink[b] - sumShrink[start];
                double ratio;
                if (lineWidth > width)
                {
                    ratio = shrink > 0 ? (width - lineWidth) / shrink : double.NegativeInfinity;
                }
                else if (forced)
                {
                    // The last line of a paragraph (or before a hard break) is filled, not stretched.
                    ratio = 0;
                }
                else
                {
                    var stretch = raggedStretch ?? (sumStretch[b] - sumStretch[start]);
                    ratio = stretch > 0 ? (width - lineWidth) / stretch : (lineWidth >= width - 1e-9 ? 0 : double.PositiveInfinity);
                }

                if (ratio < -1)
                {
                    // Longer still from here on: this start can end no more lines.
                    active.RemoveAt(n);
                    continue;
                }

                if (ratio > tolerance && !(raggedStretch is not null))
                {
                    continue;
                }

                var badness = Math.Min(MaxBadness, 100 * Math.Pow(Math.Abs(ratio), 3));
                var demerits = (settings.LinePenalty + badness) * (settings.LinePenalty + badness);
                if (item.Kind == LineItemKind.Penalty && !forced)
                {
                    demerits += item.Cost >= 0 ? item.Cost * item.Cost : -(item.Cost * item.Cost);
                }

                var flagged = item.Kind == LineItemKind.Penalty && item.Flagged && !forced;
                if (flagged && from.Flagged)
                {
                    demerits += settings.DoubleHyphenDemerits;
                }

                if (forced && from.Flagged && b == count - 1)
                {
                    demerits += settings.FinalHyphenDemerits;
                }

                if (forced && from.Position >= 0 && IsShortSingleWord(items, start, b, width * settings.ShortLastLine, sumWidth))
                {
                    demerits += settings.ShortLastLineDemerits;
                }

                var fitness = ratio < -0.5 ? 0 : ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3;
                if (Math.Abs(fitness - from.Fitness) > 1)
                {
                    demerits += settings.AdjacentLooseTightDemerits;
                }

                var hyphens = flagged ? from.Hyphens + 1 : 0;
                if (hyphens > settings.MaxConsecutiveHyphens)
                {
                    continue;
                }

                candidates.Offer(fitness, hyphens, from.Demerits + demerits, from, ratio);
            }

            if (forced)
            {
                active.Clear();
            }

            if (candidates.Count > 0)
            {
                var start = LineStart(items, b);
                var flaggedBreak = item.Kind == LineItemKind.Penalty && item.Flagged && !forced;
                for (var c = 0; c < candidates.Count; c++)
                {
                    var (fitness, hyphens, demerits, from, ratio) = candidates[c];
                    active.Add(new Node(b, start, fitness, hyphens, demerits, flaggedBreak, from, ratio));
                }
            }

            if (active.Count == 0)
            {
                return null;
            }
        }

        var last = active.Where(a => a.Position == count - 1).MinBy(a => a.Demerits);
        if (last is null)
        {
            return null;
        }

        var breaks = new List<(int, double)>();
        for (var node = last; node.Previous is not null; node = node.Previous)
        {
            breaks.Add((node.Position, node.Ratio));
        }

        breaks.Reverse();
        return breaks;
    }

    /// <summary>The first item of a line after a break at <paramref name="position"/>: spaces and penalties there are dropped.</summary>
    public static int LineStart(List<LineItem> items, int position)
    {
        var start = position + 1;
        while (start < items.Count && items[start].Kind != LineItemKind.Box && !items[start].IsForcedBreak)
        {
            start++;
        }

        return start;
    }

    private static bool IsShortSingleWord(List<LineItem> items, int start, int end, double limit, double[] sumWidth)
    {
        var word = -1;
        for (var i = start; i < end; i++)
        {
            if (items[i].Kind == LineItemKind.Glue && !double.IsPositiveInfinity(items[i].Stretch))
            {
                return false;
            }

            if (items[i].Kind == LineItemKind.Box)
            {
                if (word >= 0 && items[i].Word != word)
                {
                    return false;
                }

                word = items[i].Word;
            }
        }

        return word >= 0 && sumWidth[end] - sumWidth[start] < limit;
    }

    /// <summary>A feasible break: <paramref name="Start"/> is the first item of the line that follows it.</summary>
    private sealed record Node(int Position, int Start, int Fitness, int Hyphens, double Demerits, bool Flagged, Node? Previous, double Ratio);
}
