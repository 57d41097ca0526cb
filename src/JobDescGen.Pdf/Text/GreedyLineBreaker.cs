using JobDescGen.Pdf.Theme;

namespace JobDescGen.Pdf.Text;

/// <summary>
/// Greedy line breaking, the fallback when total-fit breaking finds no set of breaks within its
/// tolerance: as many words on a line as fit, a word wider than the column cut between
/// letters (never drawn past the edge), justified lines stretched at their spaces.
/// </summary>
internal static class GreedyLineBreaker
{
    private const double Tolerance = 0.01;

    public static IReadOnlyList<TextLine> Break(List<Word> words, double maxWidth, TextAlignment alignment, ITextMeasurer measurer)
    {
        // Ragged: a line that ends where the text asks (a hard break), before a word cut between
        // letters, or at the paragraph's end is not stretched to the edge.
        var lines = new List<(List<Word> Words, bool Ragged)>();
        var current = new List<Word>();
        var currentWidth = 0.0;
        foreach (var word in words)
        {
            var width = word.Width(measurer);
            if (current.Count > 0)
            {
                var space = measurer.Width(" ", current[^1].SpaceAfter ?? word.Pieces[0].Style);
                if (currentWidth + space + width <= maxWidth + Tolerance)
                {
                    current.Add(word);
                    currentWidth += space + width;
                    if (word.BreakAfter)
                    {
                        lines.Add((current, true));
                        current = [];
                    }

                    continue;
                }

                lines.Add((current, width > maxWidth + Tolerance));
                current = [];
            }

            if (width > maxWidth + Tolerance)
            {
                var chunks = Cut(word, maxWidth, measurer);
                lines.AddRange(chunks.SkipLast(1).Select(c => (new List<Word> { c }, false)));
                current = [chunks[^1]];
                currentWidth = chunks[^1].Width(measurer);
            }
            else
            {
                current.Add(word);
                currentWidth = width;
            }

            if (word.BreakAfter)
            {
                lines.Add((current, true));
                current = [];
            }
        }

        if (current.Count > 0)
        {
            lines.Add((current, true));
        }

        return [.. lines.Select(line => Position(line.Words, maxWidth, alignment, line.Ragged, measurer))];
    }

    private static TextLine Position(List<Word> words, double maxWidth, TextAlignment alignment, bool ragged, ITextMeasurer measurer)
    {
        var justify = alignment == TextAlignment.Justify && !ragged;
        var spaces = new double[words.Count];
        var natural = 0.0;
        for (var i = 0; i < words.Count; i++)
        {
            natural += words[i].Width(measurer);
            if (i < words.Count - 1)
            {
                spaces[i] = measurer.Width(" ", words[i].SpaceAfter ?? words[i].Pieces[^1].Style);
                natural += spaces[i];
            }
        }

        var extra = justify && words.Count > 1 ? Math.Max(0, (maxWidth - natural) / (words.Count - 1)) : 0;
        var runs = new List<PositionedRun>();
        var x = alignment switch
        {
            TextAlignment.Right => Math.Max(0, maxWidth - natural),
            TextAlignment.Center => Math.Max(0, (maxWidth - natural) / 2),
            _ => 0.0,
        };
        for (var i = 0; i < words.Count; i++)
        {
            var pieces = words[i].Pieces;
            for (var p = 0; p < pieces.Count; p++)
            {
                var width = pieces.Count == 1 ? words[i].Width(measurer) : measurer.Width(pieces[p].Text, pieces[p].Style);

                // The space after a word travels with its last piece, so extracted text has it; at a
                // line break too, or screen readers reading the tags would run the two lines together.
                var trailing = p == pieces.Count - 1 && (i < words.Count - 1 || words[i].SpaceAfter is not null) ? " " : string.Empty;
                runs.Add(new PositionedRun(pieces[p].Text + trailing, pieces[p].Style, x, width));
                x += width;
            }

            if (i < words.Count - 1)
            {
                x += spaces[i] + extra;
            }
        }

        return new TextLine(runs, justify ? Math.Max(natural, Math.Min(maxWidth, x)) : natural);
    }

    /// <summary>Cuts a word too wide for the column into pieces that each fit, the last one possibly shorter.</summary>
    public static List<Word> Cut(Word word, double maxWidth, ITextMeasurer measurer)
    {
        var chunks = new List<Word>();
        var pieces = new List<InlineRun>();
        var width = 0.0;
        foreach (var piece in word.Pieces)
        {
            var start = 0;
            var i = 0;
            while (i < piece.Text.Length)
            {
                // Keep surrogate pairs together.
                var length = char.IsHighSurrogate(piece.Text[i]) && i + 1 < piece.Text.Length ? 2 : 1;
                var candidate = measurer.Width(piece.Text[start..(i + length)], piece.Style);
                if (width + candidate > maxWidth + Tolerance && (i > start || pieces.Count > 0))
                {
                    if (i > start)
                    {
                        pieces.Add(new InlineRun(piece.Text[start..i], piece.Style));
                    }

                    chunks.Add(new Word(pieces, null));
                    pieces = [];
                    width = 0;
                    start = i;
                    continue;
                }

                i += length;
            }

            if (i > start)
            {
                pieces.Add(new InlineRun(piece.Text[start..], piece.Style));
                width += measurer.Width(piece.Text[start..], piece.Style);
            }
        }

        chunks.Add(new Word(pieces, word.SpaceAfter) { BreakAfter = word.BreakAfter });
        return chunks;
    }
}
