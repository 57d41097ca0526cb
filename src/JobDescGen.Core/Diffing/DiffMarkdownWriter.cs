using System.Text;
using JobDescGen.Rendering;

namespace JobDescGen.Diffing;

/// <summary>The diff as Markdown: insertions in <c>**bold**</c>, deletions <c>~~struck through~~</c> (as inline HTML where GFM would not read the marks).</summary>
public static class DiffMarkdownWriter
{
    /// <summary>The Markdown report of <paramref name="diff"/>.</summary>
    public static string Write(LevelDiff diff, LanguagePack labels)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(MarkdownEscaper.Escape(DiffSections.Title(diff))).Append("\n\n");
        var words = new DiffWords(labels);
        text.Append(words.Legend).Append('\n');
        if (DiffSections.UnchangedSummary(diff, labels) is { } unchanged)
        {
            text.Append('\n').Append(MarkdownEscaper.Escape(unchanged)).Append('\n');
        }

        foreach (var (heading, items) in DiffSections.Of(diff, labels))
        {
            text.Append("\n## ").Append(MarkdownEscaper.Escape(heading)).Append('\n');
            foreach (var item in items)
            {
                var name = item.Name.Length == 0 ? string.Empty : MarkdownEscaper.Escape(item.Name) + " — ";
                text.Append("\n### ").Append(name).Append(MarkdownEscaper.Escape(words.Status(item.Status))).Append("\n\n");
                text.Append(Body(item)).Append('\n');
            }
        }

        if (diff.Tasks.Count > 0)
        {
            text.Append("\n## ").Append(MarkdownEscaper.Escape(labels.Label("example_tasks"))).Append("\n\n");
            foreach (var task in diff.Tasks)
            {
                var body = DiffEmphasis.Write([new WordChange(task.Status == ChangeStatus.Added ? WordChangeKind.Inserted : WordChangeKind.Deleted, task.Text)]);
                text.Append("- ").Append(MarkdownEscaper.Escape(words.Status(task.Status))).Append(", ").Append(MarkdownEscaper.Escape(task.AreaName)).Append(": ").Append(body).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Body(TextChange item) => item.Status switch
    {
        ChangeStatus.Changed => DiffEmphasis.Write(item.Words),
        ChangeStatus.Added => DiffEmphasis.Write([new WordChange(WordChangeKind.Inserted, item.To!)]),
        ChangeStatus.Removed => DiffEmphasis.Write([new WordChange(WordChangeKind.Deleted, item.From!)]),
        _ => MarkdownEscaper.Escape(item.To ?? string.Empty),
    };
}
