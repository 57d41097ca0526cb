using System.Globalization;
using JobDescGen.Terminal.Components;
using JobDescGen.Terminal.Rendering.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Rendering.Blocks;

/// <summary>
/// Lists with hanging indents. A list whose every item starts with "**term**:" is a definitions
/// list and shows each term on its own line with its text indented below it.
/// </summary>
internal sealed class ListRenderer : BlockRenderer<ListBlock>
{
    protected override IRenderable Render(ListBlock block, RenderContext context)
    {
        var items = block.OfType<ListItemBlock>().ToList();
        if (items.Count > 0 && items.All(item => Term(item) is not null))
        {
            return new Rows(items.Select(item => Definition(item, context)));
        }

        var number = int.TryParse(block.OrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var start) ? start : 1;
        var width = block.IsOrdered ? $"{number + items.Count - 1}. ".Length : 2;
        return new Rows(items.Select((item, index) =>
        {
            var marker = block.IsOrdered ? $"{number + index}. ".PadLeft(width) : Symbols.Bullet;
            return (IRenderable)new HangingIndent(context.Children(item), marker, "", context.Theme.Bullet);
        }));
    }

    // Only single-paragraph items qualify, so no block of an item is ever left out.
    private static EmphasisInline? Term(ListItemBlock item) =>
        item.Count == 1 && item[0] is ParagraphBlock { Inline.FirstChild: EmphasisInline { DelimiterCount: 2 } term }
        && term.NextSibling is LiteralInline literal && literal.Content.ToString().StartsWith(':')
            ? term
            : null;

    private static IRenderable Definition(ListItemBlock item, RenderContext context)
    {
        var term = Term(item)!;
        var theme = context.Theme;
        var termRuns = InlineText.Runs(term, context.TextStyle.Combine(theme.Term), theme);
        var textRuns = new List<StyledRun>();
        for (var inline = term.NextSibling; inline is not null; inline = inline.NextSibling)
        {
            textRuns.AddRange(InlineText.Runs(inline, context.TextStyle, theme));
        }

        // The ":" stays with the term (the text is the source's), the text moves to the lines below.
        textRuns[0] = textRuns[0] with { Text = textRuns[0].Text[1..].TrimStart() };
        termRuns.Add(new StyledRun(":", context.TextStyle));

        return new Rows(new WrappedText(termRuns), new HangingIndent(new WrappedText(textRuns), "  ", "", Style.Plain));
    }
}
