using DiffPlex;
using DiffPlex.Chunkers;

namespace JobDescGen.Diffing;

/// <summary>Word-level differences between two texts, computed by DiffPlex and merged into runs.</summary>
public static class WordDiffer
{
    // Words are what spaces separate, as in 'git diff --word-diff': DiffPlex's WordChunker also
    // splits at punctuation, which yields changes like "methodes[- -]{+, +}voorstellen" and, in
    // Markdown, a "**,**" that GFM does not read as bold next to a letter.
    private static readonly DelimiterChunker Words = new([' ', '\t', '\n']);

    /// <summary>The runs that turn <paramref name="from"/> into <paramref name="to"/>; a missing text counts as empty.</summary>
    public static IReadOnlyList<WordChange> Diff(string? from, string? to)
    {
        from ??= string.Empty;
        to ??= string.Empty;
        var result = Differ.Instance.CreateDiffs(from, to, ignoreWhiteSpace: false, ignoreCase: false, Words);
        var runs = new List<WordChange>();
        void Add(WordChangeKind kind, IEnumerable<string> pieces)
        {
            var text = string.Concat(pieces);
            if (text.Length == 0)
            {
                return;
            }

            // Neighbouring pieces of one kind read as one run ("**word word**", not "**word** **word**").
            if (runs.Count > 0 && runs[^1].Kind == kind)
            {
                runs[^1] = runs[^1] with { Text = runs[^1].Text + text };
            }
            else
            {
                runs.Add(new WordChange(kind, text));
            }
        }

        var oldIndex = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(WordChangeKind.Equal, result.PiecesOld.Skip(oldIndex).Take(block.DeleteStartA - oldIndex));
            Add(WordChangeKind.Deleted, result.PiecesOld.Skip(block.DeleteStartA).Take(block.DeleteCountA));
            Add(WordChangeKind.Inserted, result.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB));
            oldIndex = block.DeleteStartA + block.DeleteCountA;
        }

        Add(WordChangeKind.Equal, result.PiecesOld.Skip(oldIndex));
        return Regroup(runs);
    }

    // DiffPlex matches the single spaces between changed words, which reads as "[-a-]{+x+} [-b-]{+y+}".
    // A space-only run between two changes joins both sides, so a reader sees "[-a b-]{+x y+}".
    private static IReadOnlyList<WordChange> Regroup(List<WordChange> runs)
    {
        var grouped = new List<WordChange>();
        var i = 0;
        while (i < runs.Count)
        {
            if (runs[i].Kind == WordChangeKind.Equal)
            {
                grouped.Add(runs[i++]);
                continue;
            }

            var deleted = new System.Text.StringBuilder();
            var inserted = new System.Text.StringBuilder();
            while (i < runs.Count)
            {
                var run = runs[i];
                if (run.Kind == WordChangeKind.Equal)
                {
                    // Only a group with both sides bridges, so each side keeps its own words and every space.
                    var bridges = string.IsNullOrWhiteSpace(run.Text) && deleted.Length > 0 && inserted.Length > 0
                        && i + 1 < runs.Count && runs[i + 1].Kind != WordChangeKind.Equal;
                    if (!bridges)
                    {
                        break;
                    }

                    deleted.Append(run.Text);
                    inserted.Append(run.Text);
                }
                else
                {
                    (run.Kind == WordChangeKind.Deleted ? deleted : inserted).Append(run.Text);
                }

                i++;
            }

            if (deleted.Length > 0)
            {
                grouped.Add(new WordChange(WordChangeKind.Deleted, deleted.ToString()));
            }

            if (inserted.Length > 0)
            {
                grouped.Add(new WordChange(WordChangeKind.Inserted, inserted.ToString()));
            }
        }

        return grouped;
    }
}
