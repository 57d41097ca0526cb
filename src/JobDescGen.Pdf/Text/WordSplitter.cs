using JobDescGen.Rendering;

namespace JobDescGen.Pdf.Text;

/// <summary>
/// Cuts styled runs into words at white space, collapsing repeated spaces, and glues punctuation that
/// must not start or end a line (« », "»," , :, ;, ?, !) to its neighbour, with a narrow no-break
/// space (U+202F) inside guillemets.
/// </summary>
internal static class WordSplitter
{
    private const char NarrowNoBreakSpace = '\u202F';

    public static List<Word> Split(IEnumerable<InlineRun> runs)
    {
        // Room for the words a text of this length mostly has, so the list seldom grows.
        var words = new List<Word>(runs is IReadOnlyList<InlineRun> list ? EstimatedWords(list) : 4);

        // Most words are one piece: a list of one, grown for the few in several styles.
        var pieces = new List<InlineRun>(1);
        foreach (var run in runs)
        {
            var start = 0;
            for (var i = 0; i <= run.Text.Length; i++)
            {
                var atSpace = i < run.Text.Length && char.IsWhiteSpace(run.Text[i]) && run.Text[i] is not ('\u00A0' or NarrowNoBreakSpace);
                if (i < run.Text.Length && !atSpace)
                {
                    continue;
                }

                if (i > start)
                {
                    Append(pieces, run.Text[start..i], run.Style);
                }

                if (atSpace)
                {
                    if (pieces.Count > 0)
                    {
                        words.Add(new Word(pieces, run.Style));
                        pieces = new List<InlineRun>(1);
                    }
                    else if (words.Count > 0)
                    {
                        // A space right after a run that ended in a word: the word gets it (once).
                        words[^1].SpaceAfter ??= run.Style;
                    }

                    // A line feed is a hard break (the collector turns soft breaks into spaces).
                    if (run.Text[i] == '\n' && words.Count > 0)
                    {
                        words[^1].BreakAfter = true;
                    }
                }

                start = i + 1;
            }
        }

        if (pieces.Count > 0)
        {
            words.Add(new Word(pieces, null));
        }

        return Glue(words);
    }

    private static int EstimatedWords(IReadOnlyList<InlineRun> runs)
    {
        var length = 0;
        for (var i = 0; i < runs.Count; i++)
        {
            length += runs[i].Text.Length;
        }

        return (length / 6) + 1;
    }

    /// <summary>Joins glued words into the word before them, in place: the list keeps the words that remain.</summary>
    private static List<Word> Glue(List<Word> words)
    {
        var kept = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var text = word.Text;
            if (kept > 0 && words[kept - 1].SpaceAfter is not null
                && !words[kept - 1].BreakAfter
                && (PunctuationGlue.Joins(words[kept - 1].Text, text) || ClosesWithPunctuation(text)))
            {
                // Inside guillemets a narrow no-break space, as French and Dutch typesetting has it.
                var previous = words[kept - 1];
                var guillemet = previous.Text == "«" || text.StartsWith('»');
                Append(previous.Pieces, guillemet ? NarrowNoBreakSpace.ToString() : " ", previous.SpaceAfter!);
                foreach (var piece in word.Pieces)
                {
                    Append(previous.Pieces, piece.Text, piece.Style);
                }

                previous.SpaceAfter = word.SpaceAfter;
                previous.BreakAfter = word.BreakAfter;
                continue;
            }

            words[kept++] = word;
        }

        words.RemoveRange(kept, words.Count - kept);
        return words;
    }

    /// <summary>"»," or "»." stays with the word before it, as "»" alone does.</summary>
    private static bool ClosesWithPunctuation(string text) =>
        text.Length > 1 && text[0] == '»' && text.AsSpan(1).IndexOfAnyExcept(",.;:!?)") < 0;

    private static void Append(List<InlineRun> pieces, string text, TextStyle style)
    {
        if (pieces.Count > 0 && pieces[^1].Style == style)
        {
            pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + text };
        }
        else
        {
            pieces.Add(new InlineRun(text, style));
        }
    }
}
