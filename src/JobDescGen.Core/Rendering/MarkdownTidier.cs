using System.Text;

namespace JobDescGen.Rendering;

/// <summary>
/// Makes template output clean Markdown: no trailing spaces, exactly one blank line between blocks,
/// one final newline. Templates can then use whitespace freely for readability.
/// </summary>
public static class MarkdownTidier
{
    /// <summary>Returns the tidied Markdown.</summary>
    public static string Tidy(string markdown)
    {
        var output = new StringBuilder(markdown.Length);
        var blankPending = false;
        var inFence = false;
        foreach (var raw in markdown.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal) || line.TrimStart().StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            else if (inFence)
            {
                // Code blocks are shown as written, blank lines included.
                output.Append(raw.TrimEnd('\r')).Append('\n');
                continue;
            }

            if (line.Length == 0)
            {
                blankPending = output.Length > 0;
                continue;
            }

            if (blankPending)
            {
                output.Append('\n');
                blankPending = false;
            }

            output.Append(line).Append('\n');
        }

        return output.ToString();
    }
}
