using System.Text;
using JobDescGen.Marking;
using JobDescGen.Terminal.Components;
using JobDescGen.Terminal.Theming;
using Markdig.Syntax.Inlines;
using Spectre.Console;

namespace JobDescGen.Terminal.Rendering.Inlines;

/// <summary>Turns Markdig inlines into styled runs: bold, italic, code, and the reference asterisk.</summary>
internal static class InlineText
{
    /// <summary>The runs of <paramref name="inline"/>, every run starting from <paramref name="baseStyle"/>.</summary>
    public static List<StyledRun> Runs(Inline? inline, Style baseStyle, PreviewTheme theme)
    {
        var runs = new List<StyledRun>();
        Walk(inline, baseStyle);
        return runs;

        void Walk(Inline? node, Style style)
        {
            switch (node)
            {
                case null:
                    return;
                case LiteralInline literal:
                    AddLiteral(literal.Content.ToString(), style);
                    return;
                case EmphasisInline emphasisInline:
                    var inner = style.Combine(emphasisInline.DelimiterCount >= 2 ? theme.Strong : theme.Emphasis);
                    foreach (var child in emphasisInline)
                    {
                        Walk(child, inner);
                    }

                    return;
                case CodeInline codeInline:
                    runs.Add(new StyledRun(codeInline.Content, style.Combine(theme.Code)));
                    return;
                case LineBreakInline lineBreak:
                    runs.Add(new StyledRun(lineBreak.IsHard ? "\n" : " ", style));
                    return;
                case HtmlEntityInline entity:
                    AddLiteral(entity.Transcoded.ToString(), style);
                    return;
                case HtmlInline html:
                    runs.Add(new StyledRun(html.Tag, style));
                    return;
                case ReferenceMarkInline mark:
                    // The document marker found a word a definition explains (or the heading the marks point to): the mark gets the reference colour.
                    runs.Add(new StyledRun(mark.IsTarget ? ReferenceMarkInline.Text + " " : ReferenceMarkInline.Text, style.Combine(theme.Reference)));
                    return;
                case LinkInline link:
                    Link(link, style);
                    return;
                case AutolinkInline autolink:
                    runs.Add(new StyledRun(autolink.Url, style));
                    return;
                case ContainerInline container:
                    foreach (var child in container)
                    {
                        Walk(child, style);
                    }

                    return;
            }
        }

        void AddLiteral(string text, Style style) => runs.Add(new StyledRun(text, style));

        // A terminal may not follow links: the address follows the text unless the text is the address.
        void Link(LinkInline link, Style style)
        {
            var start = runs.Count;
            foreach (var child in link)
            {
                Walk(child, style);
            }

            var text = string.Concat(runs.Skip(start).Select(r => r.Text));
            if (!string.IsNullOrEmpty(link.Url) && !string.Equals(text.Trim(), link.Url, StringComparison.Ordinal))
            {
                runs.Add(new StyledRun(text.Length == 0 ? link.Url : $" ({link.Url})", style.Combine(theme.Reference)));
            }
        }
    }

    /// <summary>The plain text of <paramref name="inline"/>, without any Markdown.</summary>
    public static string Plain(Inline? inline)
    {
        var text = new StringBuilder();
        foreach (var run in Runs(inline, Style.Plain, PreviewTheme.Default))
        {
            text.Append(run.Text);
        }

        return text.ToString();
    }
}
