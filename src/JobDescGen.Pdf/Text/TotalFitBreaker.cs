using System.Runtime.InteropServices;

namespace JobDescGen.Pdf.Text;

/// <summary>
/// Knuth and Plass's total-fit line breaking: of all ways to break a paragraph into lines whose
/// spaces stay within the tolerance, the one with the least total demerits, so one loose line is
/// not bought with a very loose next one. Ragged text uses the same search with the space left at
/// the line's end as its badness, which gives a calm right edge.
/// </summary>
/// <remarks>
/// It runs for every paragraph of every document, so it works in per-thread tables
/// (<see cref="BreakWorkspace"/>): nodes are structs in one array, linked by index, and the active
/// list is an array of node indices that is compacted once per break rather than shifted per removal.
/// </remarks>
internal static class TotalFitBreaker
{
    private const double MaxBadness = 10_000;

    // Above this ratio 100 × ratio³ exceeds MaxBadness (4.65³ = 100.5): the badness is MaxBadness
    // without computing the power, which is most of a ragged paragraph's pairs.
    private const double CappedRatio = 4.65;

    /// <summary>
    /// The items where lines end (each a glue or penalty index) and each line's adjustment ratio, or
    /// null when no set of breaks keeps every line within <paramref name="tolerance"/>.
    /// </summary>
    /// <remarks><c>raggedStretch</c>: for ragged text, the line-end space that counts as ratio 1; null for justified text.</remarks>
    /// <remarks>
    /// <c>prune</c>: false keeps every node, however costly (tests compare both ways: the breaks are the same).
    /// </remarks>
    public static List<(int Break, double Ratio)>? Break(List<LineItem> items, double width, double tolerance, double? raggedStretch, in LineBreakSettings settings, bool prune = true)
    {
        var workspace = BreakWorkspace.Rent();
        try
        {
            return Break(CollectionsMarshal.AsSpan(items), width, tolerance, raggedStretch, settings, workspace, prune);
        }
        finally
        {
            BreakWorkspace.Return(workspace);
        }
    }

    /// <summary>The first item of a line after a break at <paramref name="position"/>: spaces and penalties there are dropped.</summary>
    public static int LineStart(List<LineItem> items, int position) => LineStart(CollectionsMarshal.AsSpan(items), position);

    private static List<(int Break, double Ratio)>? Break(ReadOnlySpan<LineItem> items, double width, double tolerance, double? raggedStretch, in LineBreakSettings settings, BreakWorkspace workspace, bool prune)
    {
        var count = items.Length;
        workspace.EnsureSums(count + 1);
        var sumWidth = workspace.SumWidth;
        var sumStretch = workspace.SumStretch;
        var sumShrink = workspace.SumShrink;
        sumWidth[0] = sumStretch[0] = sumShrink[0] = 0;
        for (var i = 0; i < count; i++)
        {
            ref readonly var item = ref items[i];
            var isContent = item.Kind != LineItemKind.Penalty;
            sumWidth[i + 1] = sumWidth[i] + (isContent ? item.Width : 0);
            var stretch = item.Kind == LineItemKind.Glue && !double.IsPositiveInfinity(item.Stretch) ? item.Stretch : 0;
            sumStretch[i + 1] = sumStretch[i] + stretch;
            sumShrink[i + 1] = sumShrink[i] + (item.Kind == LineItemKind.Glue ? item.Shrink : 0);
        }

        var nodeCount = 0;
        workspace.AddNode(nodeCount++, new BreakNode { Position = -1, Start = LineStart(items, -1), Fitness = 1, Previous = -1 });
        workspace.AddActive(0, 0);
        var activeCount = 1;
        var ragged = raggedStretch is not null;
        var raggedValue = raggedStretch.GetValueOrDefault();
        var candidates = workspace.CandidatesFor(settings.MaxConsecutiveHyphens);

        // No way to a break that costs more than a whole paragraph broken greedily can be part of
        // the best one (every line adds demerits): such nodes are not kept. In ragged text most
        // nodes end a line far short of the column and cost 10^8; they were most of the work.
        var bound = prune ? UpperBound(items, width, tolerance, ragged, raggedValue, settings, workspace) : double.PositiveInfinity;
        for (var b = 0; b < count; b++)
        {
            if (!IsBreak(items, b))
            {
                continue;
            }

            candidates.Clear();
            var (forced, flagged, penaltyWidth, penaltyDemerits) = BreakCosts(items[b]);
            var active = workspace.Active;
            var nodes = workspace.Nodes;
            var removed = 0;

            // Nodes made at one break are side by side in the list and share their line: its ratio,
            // badness and the demerits that do not depend on the node's own class are worked out once.
            var groupPosition = int.MinValue;
            var groupRemoved = false;
            var groupSkipped = false;
            var groupRatio = 0.0;
            var groupDemerits = 0.0;
            var groupFitness = 0;
            for (var n = activeCount - 1; n >= 0; n--)
            {
                ref readonly var from = ref nodes[active[n]];
                if (from.Position != groupPosition)
                {
                    groupPosition = from.Position;
                    (groupRemoved, groupSkipped) = Line(items, b, from, width, tolerance, ragged, raggedValue, forced, flagged, penaltyWidth, penaltyDemerits, settings, workspace, out groupRatio, out groupDemerits);
                    groupFitness = FitnessClass(groupRatio);
                }

                if (groupRemoved)
                {
                    // Longer still from here on: this start can end no more lines.
                    active[n] = -1;
                    removed++;
                    continue;
                }

                if (groupSkipped)
                {
                    continue;
                }

                var demerits = groupDemerits;
                if (Math.Abs(groupFitness - from.Fitness) > 1)
                {
                    demerits += settings.AdjacentLooseTightDemerits;
                }

                var hyphens = flagged ? from.Hyphens + 1 : 0;
                if (hyphens > settings.MaxConsecutiveHyphens)
                {
                    continue;
                }

                candidates.Offer(groupFitness, hyphens, from.Demerits + demerits, active[n], groupRatio);
            }

            // Removing while walking down the list would shift only entries already seen: dropping
            // them afterwards, in order, leaves the same list.
            if (forced)
            {
                activeCount = 0;
            }
            else if (removed > 0)
            {
                var kept = 0;
                for (var n = 0; n < activeCount; n++)
                {
                    if (active[n] >= 0)
                    {
                        active[kept++] = active[n];
                    }
                }

                activeCount = kept;
            }

            if (candidates.Count > 0)
            {
                var start = LineStart(items, b);
                for (var c = 0; c < candidates.Count; c++)
                {
                    ref readonly var candidate = ref candidates[c];
                    if (candidate.Demerits > bound)
                    {
                        continue;
                    }

                    var node = workspace.AddNode(nodeCount++, new BreakNode
                    {
                        Position = b,
                        Start = start,
                        Fitness = candidate.Fitness,
                        Hyphens = candidate.Hyphens,
                        Demerits = candidate.Demerits,
                        Flagged = flagged,
                        Previous = candidate.From,
                        Ratio = candidate.Ratio,
                    });
                    workspace.AddActive(activeCount++, node);
                }
            }

            if (activeCount == 0)
            {
                return null;
            }
        }

        return Chain(workspace, activeCount, count - 1);
    }

    /// <summary>TeX's fitness classes: tight, decent, loose, very loose.</summary>
    private static int FitnessClass(double ratio) => ratio < -0.5 ? 0 : ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3;

    /// <summary>True when a line may end at item <paramref name="b"/>: a glue after a box (not the fill before a forced break), or a penalty.</summary>
    private static bool IsBreak(ReadOnlySpan<LineItem> items, int b)
    {
        ref readonly var item = ref items[b];
        return item.Kind switch
        {
            LineItemKind.Glue => b > 0 && items[b - 1].Kind == LineItemKind.Box && !double.IsPositiveInfinity(item.Stretch),
            LineItemKind.Penalty => !double.IsPositiveInfinity(item.Cost),
            _ => false,
        };
    }

    /// <summary>What a break at <paramref name="item"/> adds to its line: whether it is forced or a hyphen, its width and its demerits.</summary>
    private static (bool Forced, bool Flagged, double Width, double Demerits) BreakCosts(in LineItem item)
    {
        var forced = item.IsForcedBreak;
        var isPenalty = item.Kind == LineItemKind.Penalty;
        return (
            forced,
            isPenalty && item.Flagged && !forced,
            isPenalty ? item.Width : 0,
            isPenalty && !forced ? (item.Cost >= 0 ? item.Cost * item.Cost : -(item.Cost * item.Cost)) : 0);
    }

    /// <summary>
    /// The demerits of one feasible way to break the paragraph, found line by line (each line ends
    /// at the break that costs it least), summed as the search sums them; infinity when that way
    /// runs into a line it cannot set, or when a negative penalty could lower a sum.
    /// </summary>
    private static double UpperBound(ReadOnlySpan<LineItem> items, double width, double tolerance, bool ragged, double raggedValue, in LineBreakSettings settings, BreakWorkspace workspace)
    {
        if (!NeverNegative(items, settings))
        {
            return double.PositiveInfinity;
        }

        var from = new BreakNode { Position = -1, Start = LineStart(items, -1), Fitness = 1, Previous = -1 };
        while (true)
        {
            var found = false;
            var best = default(BreakNode);
            var bestLine = double.PositiveInfinity;
            for (var b = from.Position + 1; b < items.Length; b++)
            {
                if (!IsBreak(items, b))
                {
                    continue;
                }

                var (forced, flagged, penaltyWidth, penaltyDemerits) = BreakCosts(items[b]);
                var (removed, skipped) = Line(items, b, from, width, tolerance, ragged, raggedValue, forced, flagged, penaltyWidth, penaltyDemerits, settings, workspace, out var ratio, out var demerits);
                if (removed)
                {
                    break;
                }

                var hyphens = flagged ? from.Hyphens + 1 : 0;
                if (!skipped && hyphens <= settings.MaxConsecutiveHyphens)
                {
                    var fitness = FitnessClass(ratio);
                    if (Math.Abs(fitness - from.Fitness) > 1)
                    {
                        demerits += settings.AdjacentLooseTightDemerits;
                    }

                    if (demerits <= bestLine)
                    {
                        (found, bestLine) = (true, demerits);
                        best = new BreakNode { Position = b, Start = LineStart(items, b), Fitness = fitness, Hyphens = hyphens, Demerits = from.Demerits + demerits, Flagged = flagged };
                    }
                }

                if (forced)
                {
                    // No line runs past a forced break.
                    break;
                }
            }

            if (!found)
            {
                return double.PositiveInfinity;
            }

            if (best.Position == items.Length - 1)
            {
                return best.Demerits;
            }

            from = best;
        }
    }

    /// <summary>True when no line can lower a sum of demerits: no penalty of negative cost (but a forced break), no negative setting.</summary>
    private static bool NeverNegative(ReadOnlySpan<LineItem> items, in LineBreakSettings settings)
    {
        if (settings.LinePenalty < 0 || settings.DoubleHyphenDemerits < 0 || settings.FinalHyphenDemerits < 0
            || settings.AdjacentLooseTightDemerits < 0 || settings.ShortLastLineDemerits < 0)
        {
            return false;
        }

        foreach (ref readonly var item in items)
        {
            if (item.Kind == LineItemKind.Penalty && item.Cost < 0 && !item.IsForcedBreak)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The line from the break of <paramref name="from"/> to item <paramref name="b"/>: whether it
    /// is too long for this and every later break (removed) or too loose (skipped), else its ratio
    /// and the demerits every node at that break shares.
    /// </summary>
    private static (bool Removed, bool Skipped) Line(ReadOnlySpan<LineItem> items, int b, in BreakNode from, double width, double tolerance, bool ragged, double raggedValue, bool forced, bool flagged, double penaltyWidth, double penaltyDemerits, in LineBreakSettings settings, BreakWorkspace workspace, out double ratio, out double demerits)
    {
        var sumWidth = workspace.SumWidth;
        var start = from.Start;
        var lineWidth = sumWidth[b] - sumWidth[start] + penaltyWidth;
        var shrink = workspace.SumShrink[b] - workspace.SumShrink[start];
        demerits = 0;
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
            var stretch = ragged ? raggedValue : workspace.SumStretch[b] - workspace.SumStretch[start];
            ratio = stretch > 0 ? (width - lineWidth) / stretch : (lineWidth >= width - 1e-9 ? 0 : double.PositiveInfinity);
        }

        if (ratio < -1)
        {
            return (true, false);
        }

        if (ratio > tolerance && !ragged)
        {
            return (false, true);
        }

        var size = Math.Abs(ratio);
        var badness = size > CappedRatio ? MaxBadness : Math.Min(MaxBadness, 100 * (size * size * size));
        demerits = (settings.LinePenalty + badness) * (settings.LinePenalty + badness);
        demerits += penaltyDemerits;
        if (flagged && from.Flagged)
        {
            demerits += settings.DoubleHyphenDemerits;
        }

        if (forced && from.Flagged && b == items.Length - 1)
        {
            demerits += settings.FinalHyphenDemerits;
        }

        if (forced && from.Position >= 0 && IsShortSingleWord(items, start, b, width * settings.ShortLastLine, sumWidth))
        {
            demerits += settings.ShortLastLineDemerits;
        }

        return (false, false);
    }

    /// <summary>The breaks leading to the active node at <paramref name="end"/> with the least demerits (the first of equals), or null.</summary>
    private static List<(int Break, double Ratio)>? Chain(BreakWorkspace workspace, int activeCount, int end)
    {
        var nodes = workspace.Nodes;
        var last = -1;
        for (var n = 0; n < activeCount; n++)
        {
            var node = workspace.Active[n];
            if (nodes[node].Position == end && (last < 0 || nodes[node].Demerits.CompareTo(nodes[last].Demerits) < 0))
            {
                last = node;
            }
        }

        if (last < 0)
        {
            return null;
        }

        var lines = 0;
        for (var node = last; nodes[node].Previous >= 0; node = nodes[node].Previous)
        {
            lines++;
        }

        var breaks = new List<(int Break, double Ratio)>(lines);
        CollectionsMarshal.SetCount(breaks, lines);
        var span = CollectionsMarshal.AsSpan(breaks);
        for (var node = last; nodes[node].Previous >= 0; node = nodes[node].Previous)
        {
            span[--lines] = (nodes[node].Position, nodes[node].Ratio);
        }

        return breaks;
    }

    private static int LineStart(ReadOnlySpan<LineItem> items, int position)
    {
        var start = position + 1;
        while (start < items.Length && items[start].Kind != LineItemKind.Box && !items[start].IsForcedBreak)
        {
            start++;
        }

        return start;
    }

    private static bool IsShortSingleWord(ReadOnlySpan<LineItem> items, int start, int end, double limit, double[] sumWidth)
    {
        var word = -1;
        for (var i = start; i < end; i++)
        {
            ref readonly var item = ref items[i];
            if (item.Kind == LineItemKind.Glue && !double.IsPositiveInfinity(item.Stretch))
            {
                return false;
            }

            if (item.Kind == LineItemKind.Box)
            {
                if (word >= 0 && item.Word != word)
                {
                    return false;
                }

                word = item.Word;
            }
        }

        return word >= 0 && sumWidth[end] - sumWidth[start] < limit;
    }
}
