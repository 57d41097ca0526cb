using System.Text;
using JobDescGen.Rendering;

namespace JobDescGen.Diffing;

/// <summary>
/// The diff as text for a terminal: with colour, deletions red and struck through and insertions
/// green; without, git's word-diff marks <c>[-deleted-]</c> and <c>{+inserted+}</c>.
/// </summary>
public static class DiffTextWriter
{
    private const string Red = "\u001b[31;9m";
    private const string Green = "\u001b[32;4m";
    private const string Dim = "\u001b[2m";
    private const string Bold = "\u001b[1m";
    private const string Reset = "\u001b[0m";

    /// <summary>The report of <paramref name="diff"/>; <paramref name="color"/> adds ANSI colours.</summary>
    public static string Write(LevelDiff diff, LanguagePack labels, bool color)
    {
        var text = new StringBuilder();
        string Style(string style, string value) => color ? style + value + Reset : value;
        text.Append(Style(Bold, Safe(DiffSections.Title(diff)))).Append('\n');
        var words = new DiffWords(labels);
        if (DiffSections.UnchangedSummary(diff, labels) is { } unchanged)
        {
            text.Append(Style(Dim, Safe(unchanged))).Append('\n');
        }

        foreach (var (heading, items) in DiffSections.Of(diff, labels))
        {
            text.Append('\n').Append(Style(Bold, Safe(heading))).Append('\n');
            foreach (var item in items)
            {
                var name = item.Name.Length == 0 ? string.Empty : Safe(item.Name) + ": ";
                text.Append("  ").Append(name).Append(Style(Dim, Safe(words.Status(item.Status)))).Append('\n');
                text.Append("    ").Append(Body(item, color)).Append('\n');
            }
        }

        var tasks = diff.Tasks;
        if (tasks.Count > 0)
        {
            text.Append('\n').Append(Style(Bold, Safe(labels.Label("example_tasks")))).Append('\n');
            foreach (var task in tasks)
            {
                var added = task.Status == ChangeStatus.Added;
                var line = $"{(added ? '+' : '-')} {Safe(task.AreaName)}: {Safe(task.Text)}";
                text.Append("  ").Append(Style(added ? Green : Red, line)).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Body(TextChange item, bool color) => item.Status switch
    {
        ChangeStatus.Changed => string.Concat(item.Words.Select(w => Word(w, color))),
        ChangeStatus.Added => color ? Green + Safe(item.To!) + Reset : "{+" + Safe(item.To!) + "+}",
        ChangeStatus.Removed => color ? Red + Safe(item.From!) + Reset : "[-" + Safe(item.From!) + "-]",
        _ => Safe(item.To ?? string.Empty),
    };

    private static string Word(WordChange word, bool color) => (word.Kind, color) switch
    {
        (WordChangeKind.Deleted, true) => Red + Safe(word.Text) + Reset,
        (WordChangeKind.Inserted, true) => Green + Safe(word.Text) + Reset,
        (WordChangeKind.Deleted, false) => "[-" + Safe(word.Text) + "-]",
        (WordChangeKind.Inserted, false) => "{+" + Safe(word.Text) + "+}",
        _ => Safe(word.Text),
    };

    // Profile text reaches a terminal: an escape sequence or a bidi override in it must not drive it.
    private static string Safe(string text) => Diagnostics.ControlCharacters.Neutralise(text);
}
