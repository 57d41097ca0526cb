using System.Text.RegularExpressions;
using JobDescGen.Rendering;
using Markdig;

namespace JobDescGen.Terminal.Tests.Support;

/// <summary>Word sequences, to check that a rendering holds every word of its Markdown, whole and in order.</summary>
public static partial class Words
{
    /// <summary>The words of the Markdown's text (Markdown syntax removed).</summary>
    public static IReadOnlyList<string> OfMarkdown(string markdown)
    {
        var text = Markdown.ToPlainText(markdown, MarkdownAst.Pipeline);
        return Split(text.Replace("|", " "));
    }

    /// <summary>The words of rendered text, with table borders, bullets and bars removed.</summary>
    public static IReadOnlyList<string> OfRendering(string rendered) => Split(Decoration().Replace(rendered, " "));

    /// <summary>The first word of <paramref name="expected"/> not found, in order, in <paramref name="actual"/>; null when all are.</summary>
    public static string? FirstMissing(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var position = 0;
        foreach (var word in expected)
        {
            while (position < actual.Count && actual[position] != word)
            {
                position++;
            }

            if (position == actual.Count)
            {
                return word;
            }

            position++;
        }

        return null;
    }

    private static List<string> Split(string text) =>
        [.. text.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('*')).Where(w => w.Length > 0)];

    [GeneratedRegex("[│┊╭╮╰╯├┤┬┴┼─•≠▸]")]
    private static partial Regex Decoration();
}
