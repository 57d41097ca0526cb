using System.Text;
using JobDescGen.Rendering;

namespace JobDescGen.Diffing;

/// <summary>
/// Writes word-level runs as Markdown: inserted text bold, deleted text struck through, equal text
/// escaped. GFM reads <c>**</c> and <c>~~</c> only where its flanking rules let them open and close:
/// "word**,new**" is no bold, because an opening mark between a letter and punctuation does not
/// open. Where a mark would not work, the run is written as inline HTML instead
/// (<c>&lt;strong&gt;</c>, <c>&lt;del&gt;</c>), which GFM renders the same way wherever it stands.
/// </summary>
public static class DiffEmphasis
{
    /// <summary>The Markdown of <paramref name="runs"/>, in order.</summary>
    public static string Write(IEnumerable<WordChange> runs)
    {
        // Spaces around a change stay outside its marks ("~~ word ~~" strikes nothing): split them off first.
        var pieces = new List<WordChange>();
        foreach (var run in Merged(runs))
        {
            var core = run.Text.Trim();
            if (run.Kind == WordChangeKind.Equal || core.Length == 0)
            {
                pieces.Add(run with { Kind = WordChangeKind.Equal });
                continue;
            }

            var start = run.Text.IndexOf(core, StringComparison.Ordinal);
            AddIfAny(pieces, run.Text[..start]);
            pieces.Add(run with { Text = core });
            AddIfAny(pieces, run.Text[(start + core.Length)..]);
        }

        var markdown = new StringBuilder();
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            var escaped = MarkdownEscaper.Escape(piece.Text);
            if (piece.Kind == WordChangeKind.Equal)
            {
                markdown.Append(escaped);
                continue;
            }

            char? before = markdown.Length > 0 ? markdown[^1] : null;

            // A following change starts with its own mark or tag: punctuation either way.
            char? after = i + 1 == pieces.Count ? null
                : pieces[i + 1].Kind == WordChangeKind.Equal ? MarkdownEscaper.Escape(pieces[i + 1].Text)[0]
                : '<';
            var (mark, tag) = piece.Kind == WordChangeKind.Inserted ? ("**", "strong") : ("~~", "del");
            if (CanOpen(before, escaped[0]) && CanClose(escaped[^1], after))
            {
                markdown.Append(mark).Append(escaped).Append(mark);
            }
            else
            {
                markdown.Append('<').Append(tag).Append('>').Append(escaped).Append("</").Append(tag).Append('>');
            }
        }

        return markdown.ToString();
    }

    // Two runs of one kind side by side would write "**a****b**", one run of four marks: join them.
    private static List<WordChange> Merged(IEnumerable<WordChange> runs)
    {
        var merged = new List<WordChange>();
        foreach (var run in runs.Where(r => r.Text.Length > 0))
        {
            if (merged.Count > 0 && merged[^1].Kind == run.Kind)
            {
                merged[^1] = run with { Text = merged[^1].Text + run.Text };
            }
            else
            {
                merged.Add(run);
            }
        }

        return merged;
    }

    private static void AddIfAny(List<WordChange> pieces, string space)
    {
        if (space.Length > 0)
        {
            pieces.Add(new WordChange(WordChangeKind.Equal, space));
        }
    }

    // CommonMark's left-flanking delimiter run: not followed by white space, and not followed by
    // punctuation unless preceded by white space, punctuation or the line's start.
    private static bool CanOpen(char? before, char first) =>
        !IsSpace(first) && (!IsPunctuation(first) || before is null || IsSpace(before.Value) || IsPunctuation(before.Value));

    // Right-flanking, the mirror image.
    private static bool CanClose(char last, char? after) =>
        !IsSpace(last) && (!IsPunctuation(last) || after is null || IsSpace(after.Value) || IsPunctuation(after.Value));

    private static bool IsSpace(char c) => char.IsWhiteSpace(c);

    // CommonMark counts Unicode punctuation and symbols (and every ASCII punctuation character).
    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);
}
