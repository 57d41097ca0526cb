using System.Text;
using JobDescGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace JobDescGen.Loading.Yaml;

/// <summary>
/// Finds texts that YAML cut short at a <c> #</c>: in an unquoted value, a space then '#' starts a
/// comment, so "ticketsysteem (#4521, #4522) rekening houdend" silently becomes "ticketsysteem (".
/// A comment is taken for the rest of a text when it follows an unquoted value on the same line and
/// the '#' touches the next character ("#4521"), or the value before it leaves a bracket open or
/// ends in ',', '/', '&amp;', '+' or '-'. Comments on their own line, after a key with no value,
/// after a quoted value, or written "value  # remark" stay comments.
/// </summary>
internal static class CommentCutCheck
{
    private const string UnfinishedEndings = ",/&+-(";

    /// <summary>Reports each cut text as a warning located at its '#'. Runs only on text that parsed.</summary>
    public static void Report(string file, string text, DiagnosticBag diagnostics)
    {
        // Most files have no comment after a value at all: skip the second scan for them.
        if (!text.Contains(" #", StringComparison.Ordinal) && !text.Contains("\t#", StringComparison.Ordinal))
        {
            return;
        }

        var scanner = new Scanner(new StringReader(text), skipComments: false);
        Token? beforeScalar = null;
        Token? previous = null;

        // YamlDotNet's scanner, run on its own with comments, can spin without end on some damaged
        // texts the parser itself accepts (found by the fuzz harness). Every real token but the
        // stream and block ends consumes text, and block ends are bounded by the indents opened, so
        // a text cannot give more than a few tokens per character: past that, stop looking.
        var tokenBudget = (4L * text.Length) + 64;
        try
        {
            while (tokenBudget-- > 0 && scanner.MoveNext())
            {
                var token = scanner.Current!;
                if (token is Comment { IsInline: true } comment
                    && previous is Scalar { Style: ScalarStyle.Plain } scalar
                    && beforeScalar is not Key
                    && scalar.End.Line == comment.Start.Line
                    && RestOfLine(text, comment.Start) is { } cut
                    && LooksCut(scalar.Value, cut))
                {
                    diagnostics.Warning(
                        new SourceLocation(file, (int)comment.Start.Line, (int)comment.Start.Column),
                        "the text is cut here: YAML reads ' #' and the rest of the line as a comment",
                        $"quote the text: {Quoted(scalar.Value + " " + cut)}");
                }

                if (token is not Comment)
                {
                    beforeScalar = previous;
                    previous = token;
                }
            }
        }
        catch (YamlException)
        {
            // The parser read this text; should the scanner still stumble, there is nothing more to say.
        }
    }

    // The comment as written, from its '#' (the token's value drops the '#' and the spaces after it).
    private static string? RestOfLine(string text, Mark start)
    {
        var index = (int)start.Index;
        if (index >= text.Length || text[index] != '#')
        {
            return null;
        }

        var end = text.IndexOfAny(['\r', '\n'], index);
        return text[index..(end < 0 ? text.Length : end)].TrimEnd();
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
