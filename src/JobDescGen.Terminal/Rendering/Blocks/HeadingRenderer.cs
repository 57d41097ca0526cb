using JobDescGen.Marking;
using JobDescGen.Terminal.Components;
using JobDescGen.Terminal.Rendering.Inlines;
using Markdig.Syntax;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Rendering.Blocks;

/// <summary>
/// Headings: the title (level 1), underlined section headings (level 2) and sub-headings (level 3
/// and below) behind a triangle, with the "(optional)" mark of an optional result area in the optional style.
/// </summary>
internal sealed class HeadingRenderer : BlockRenderer<HeadingBlock>
{
    /// <summary>True when <paramref name="heading"/> opens an optional result area (the document marker says so).</summary>
    public static bool IsOptional(HeadingBlock heading) =>
        heading.Mark() is { Role: BlockRole.AreaHeading, InOptionalArea: true };

    protected override IRenderable Render(HeadingBlock block, RenderContext context)
    {
        var theme = context.Theme;
        var style = block.Level switch { 1 => theme.Title, 2 => theme.SectionHeading, _ => theme.SubHeading };
        var runs = InlineText.Runs(block.Inline, context.TextStyle.Combine(style), theme);
        if (IsOptional(block) && context.Hints.OptionalLabel is { Length: > 0 })
        {
            MarkSuffix(runs, $"({context.Hints.OptionalLabel})", theme.Optional);
        }

        var text = new WrappedText(runs);
        // Every heading level has a character mark, not only a colour, so the structure survives
        // plain text: the title stands first, sections are underlined, sub-headings get a triangle.
        return block.Level switch
        {
            1 => text,
            2 => new Underline(text, theme.Rule),
            _ => new HangingIndent(text, Symbols.SubHeading, "", style),
        };
    }

    private static void MarkSuffix(List<StyledRun> runs, string suffix, Style style)
    {
        var last = runs.Count - 1;
        var text = runs[last].Text.TrimEnd();
        if (!text.EndsWith(suffix, StringComparison.Ordinal))
        {
            return;
        }

        runs[last] = runs[last] with { Text = text[..^suffix.Length] };
        runs.Add(new StyledRun(suffix, runs[last].Style.Combine(style)));
    }
}
