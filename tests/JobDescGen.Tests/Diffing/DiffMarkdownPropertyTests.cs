using System.Net;
using CsCheck;
using JobDescGen.Diffing;
using Markdig;
using Xunit;

namespace JobDescGen.Tests.Diffing;

/// <summary>
/// The diff's Markdown read by a GitHub-flavoured renderer (Markdig with GFM's strikethrough and
/// tables): for any texts, every inserted run comes out bold, every deleted run struck through,
/// and everything else as the literal text, not a mark more or less.
/// </summary>
public sealed class DiffMarkdownPropertyTests
{
    // Characters no text holds stand for the start and end of bold and struck-through text.
    private const string InsertedStart = "\u0001", InsertedEnd = "\u0002", DeletedStart = "\u0003", DeletedEnd = "\u0004";

    private static readonly MarkdownPipeline Gfm = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .UseTaskLists()
        .Build();

    // Letters, spaces (a no-break one too), punctuation, symbols and every Markdown-significant character.
    private static readonly string[] Pieces =
        ["a", "b", "é", "Z", "1", " ", " ", "\u00a0", ",", ".", ";", ":", "!", "?", "(", ")", "\"", "'", "-", "+", "€", "*", "**", "~", "~~", "_", "&", "<", ">", "\\", "`", "|", "#", "[", "]", "«", "/"];

    private static readonly Gen<string> Text = Gen.Int[0, Pieces.Length - 1].Array[1, 6].Select(ix => string.Concat(ix.Select(i => Pieces[i])));

    private static readonly Gen<WordChange> Run = Gen.Select(Gen.Enum<WordChangeKind>(), Text, (kind, text) => new WordChange(kind, text));

    [Theory]
    [InlineData("word", ",new")] // a change that starts with punctuation right after a letter
    [InlineData("(old", ")x")]
    [InlineData("a*", "*b")]
    public void A_change_against_a_letter_is_still_bold_or_struck(string equal, string changed)
    {
        foreach (var kind in (WordChangeKind[])[WordChangeKind.Inserted, WordChangeKind.Deleted])
        {
            WordChange[] runs = [new(WordChangeKind.Equal, equal), new(kind, changed), new(WordChangeKind.Equal, "z")];
            Assert.Equal(Expected(runs), Rendered(runs));
        }
    }

    [Fact]
    public void Any_runs_render_as_exactly_their_marks()
    {
        Run.Array[1, 7].Sample(runs => Assert.Equal(Expected(runs), Rendered(runs)), iter: 4000);
    }

    [Fact]
    public void Any_two_texts_diffed_render_as_their_word_changes()
    {
        Gen.Select(Text.Array[1, 6], Text.Array[1, 6]).Sample(
            pair =>
            {
                var runs = WordDiffer.Diff(string.Join(' ', pair.Item1), string.Join(' ', pair.Item2));
                Assert.Equal(Expected(runs), Rendered(runs));
            },
            iter: 2000);
    }

    // What a reader must see: the text, with each change between markers (spaces around it outside).
    private static string Expected(IEnumerable<WordChange> runs)
    {
        // Runs of one kind side by side read as one change.
        var merged = new List<WordChange>();
        foreach (var run in runs)
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

        var text = string.Concat(merged.Select(run =>
        {
            var core = run.Text.Trim();
            if (run.Kind == WordChangeKind.Equal || core.Length == 0)
            {
                return run.Text;
            }

            var start = run.Text.IndexOf(core, StringComparison.Ordinal);
            var (open, close) = run.Kind == WordChangeKind.Inserted ? (InsertedStart, InsertedEnd) : (DeletedStart, DeletedEnd);
            return run.Text[..start] + open + core + close + run.Text[(start + core.Length)..];
        }));

        return Wrapped(text);
    }

    private static string Rendered(IEnumerable<WordChange> runs)
    {
        // Words before and after, as in a line of the report, so leading spaces are not the line's indent.
        var html = Markdown.ToHtml("X " + DiffEmphasis.Write(runs) + " X", Gfm).Trim();
        Assert.StartsWith("<p>", html, StringComparison.Ordinal);
        Assert.EndsWith("</p>", html, StringComparison.Ordinal);
        var text = html[3..^4]
            .Replace("<strong>", InsertedStart, StringComparison.Ordinal).Replace("</strong>", InsertedEnd, StringComparison.Ordinal)
            .Replace("<del>", DeletedStart, StringComparison.Ordinal).Replace("</del>", DeletedEnd, StringComparison.Ordinal);
        Assert.DoesNotContain('<', text);
        return WebUtility.HtmlDecode(text);
    }

    private static string Wrapped(string text) => "X " + text + " X";
}
