using System.Text;
using JobDescGen.Diagnostics;
using YamlDotNet.Core.Events;

namespace JobDescGen.Loading.Yaml;

/// <summary>
/// Finds texts that YAML cut short at a <c> #</c>: in an unquoted value, a space then '#' starts a
/// comment, so "ticketsysteem (#4521, #4522) rekening houdend" silently becomes "ticketsysteem (#4521,".
/// A comment is taken for the rest of a text when it follows an unquoted value on the same line and
/// the '#' touches the next character ("#4522"), or the value before it leaves a bracket open or
/// ends in ',', '/', '&amp;', '+', '-' or '('. Comments on their own line, after a key with no value,
/// after a quoted value, or written "value  # remark" stay comments.
/// </summary>
internal static class CommentCutCheck
{
    private const string UnfinishedEndings = ",/&+-(";

    /// <summary>
    /// Reports each cut text as a warning located at its '#'. <paramref name="plainValues"/> are the
    /// unquoted scalars the parser read as values (not keys); the text after each one's end is looked
    /// at directly, so no second scan of the file is needed.
    /// </summary>
    public static void Report(string file, string text, IReadOnlyList<Scalar> plainValues, DiagnosticBag diagnostics)
    {
        // A key with no value ("title:   # the role") has an empty scalar: its comment cuts nothing.
        foreach (var scalar in plainValues.Where(s => s.Value.Length > 0))
        {
            var end = (int)scalar.End.Index;
            var hash = end;
            while (hash < text.Length && text[hash] is ' ' or '\t')
            {
                hash++;
            }

            if (hash == end || hash >= text.Length || text[hash] != '#')
            {
                continue;
            }

            var lineEnd = text.IndexOfAny(['\r', '\n'], hash);
            var comment = text[hash..(lineEnd < 0 ? text.Length : lineEnd)].TrimEnd();
            if (LooksCut(scalar.Value, comment))
            {
                diagnostics.Warning(
                    new SourceLocation(file, (int)scalar.End.Line, (int)scalar.End.Column + (hash - end)),
                    "the text is cut here: YAML reads ' #' and the rest of the line as a comment",
                    $"quote the text: {Quoted(scalar.Value + " " + comment)}");
            }
        }
    }

    private static bool LooksCut(string value, string comment) =>
        (comment.Length > 1 && !char.IsWhiteSpace(comment[1]))
        || value.Count(c => c is '(' or '[') > value.Count(c => c is ')' or ']')
        || (value.Length > 0 && UnfinishedEndings.Contains(value[^1]));

    // A double-quoted YAML scalar keeps '#' and ': ' as text; only '\' and '"' need escaping.
    private static string Quoted(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text.TrimEnd())
        {
            quoted.Append(c is '\\' or '"' ? "\\" + c : c.ToString());
        }

        return quoted.Append('"').ToString();
    }
}
