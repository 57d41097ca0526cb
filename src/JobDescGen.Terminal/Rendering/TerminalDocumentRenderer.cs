using JobDescGen.Marking;
using JobDescGen.Terminal.Components;
using JobDescGen.Terminal.Rendering.Blocks;
using JobDescGen.Terminal.Theming;
using Markdig.Syntax;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Rendering;

/// <summary>
/// Walks the Markdig AST of a job description (the same AST the PDF writer walks) into Spectre
/// renderables: a title block, headings, wrapped paragraphs, lists, the criteria table and the
/// definitions. The result adapts to whatever width it is rendered at.
/// </summary>
/// <param name="theme">The styles to use.</param>
internal sealed class TerminalDocumentRenderer(PreviewTheme theme)
{
    private static readonly IBlockRenderer[] Renderers =
    [
        new HeadingRenderer(),
        new ParagraphRenderer(),
        new QuoteRenderer(),
        new ListRenderer(),
        new TableRenderer(),
        new CodeRenderer(),
        new ThematicBreakRenderer(),
        new LeafTextRenderer(),
    ];

    /// <summary>Renders a job description, marking optional areas with its language's label.</summary>
    public IRenderable Render(RenderedDocument document, RenderHints? hints = null) =>
        Render(document.Ast, ForLanguage(document, hints));

    /// <summary>Renders a parsed Markdown document.</summary>
    public IRenderable Render(MarkdownDocument document, RenderHints hints) =>
        new Rows(RenderTopLevel(document, hints).Select(block => block.Renderable));

    /// <summary><paramref name="hints"/> completed with the document language's word for "optional".</summary>
    internal static RenderHints ForLanguage(RenderedDocument document, RenderHints? hints) =>
        (hints ?? RenderHints.None) with { OptionalLabel = document.Label("optional") };

    /// <summary>The context block renderers get for <paramref name="hints"/>.</summary>
    internal RenderContext Context(RenderHints hints) => new(theme, hints, Style.Plain, RenderChildren);

    /// <summary>
    /// The top-level renderables, blank lines included, with the Markdown block each came from
    /// (null for blank lines and the title block; an optional area's group carries its first block), so a
    /// comparison can pair the blocks of two documents made by the same template.
    /// </summary>
    internal List<(Block? Source, IRenderable Renderable)> RenderTopLevel(MarkdownDocument document, RenderHints hints)
    {
        var context = Context(hints);
        var output = new List<(Block? Source, IRenderable Renderable)>();
        List<IRenderable>? optionalBody = null;
        string? optionalArea = null;
        Block? optionalSource = null;

        void Add(Block? source, IRenderable renderable)
        {
            if (output.Count > 0)
            {
                output.Add((null, Spacer.Line));
            }

            output.Add((source, renderable));
        }

        void CloseOptionalArea()
        {
            if (optionalBody is { Count: > 0 })
            {
                // The bar runs down the whole area, so an optional role reads as optional even
                // when its first line has scrolled off the screen.
                var bar = Symbols.OptionalBar;
                output.Add((null, Spacer.Line));
                output.Add((optionalSource, new HangingIndent(new Rows(optionalBody), bar, bar, theme.Optional)));
            }

            optionalBody = null;
            optionalArea = null;
            optionalSource = null;
        }

        for (var i = 0; i < document.Count; i++)
        {
            var block = document[i];
            var mark = block.Mark();
            if (optionalArea is not null && mark.Area?.Id != optionalArea)
            {
                CloseOptionalArea();
            }

            if (block is HeadingBlock title && mark.Role == BlockRole.Title)
            {
                // The title with the byline under it, when the template has one.
                var meta = i + 1 < document.Count && document[i + 1].Mark().Role == BlockRole.Byline ? document[i + 1] as ParagraphBlock : null;
                Add(null, TitleBlock(title, meta, context));
                i += meta is null ? 0 : 1;
                continue;
            }

            var renderable = RenderBlock(block, context);
            if (mark.InOptionalArea)
            {
                // The blocks of an optional area (the document marker knows which) are grouped under one bar.
                if (optionalBody is null)
                {
                    optionalBody = [];
                    optionalArea = mark.Area!.Id;
                    optionalSource = block;
                }
                else
                {
                    optionalBody.Add(Spacer.Line);
                }

                optionalBody.Add(renderable);
                continue;
            }

            Add(block, renderable);
        }

        CloseOptionalArea();
        return output;
    }

    private Rows TitleBlock(HeadingBlock title, ParagraphBlock? meta, RenderContext context) => meta is null
        ? new(RenderBlock(title, context), new Rule { Style = theme.Rule })
        : new(RenderBlock(title, context), RenderBlock(meta, context with { TextStyle = theme.Meta }), new Rule { Style = theme.Rule });

    private static IRenderable RenderChildren(ContainerBlock container, RenderContext context)
    {
        var items = new List<IRenderable>();
        foreach (var block in container)
        {
            if (items.Count > 0)
            {
                items.Add(Spacer.Line);
            }

            items.Add(RenderBlock(block, context));
        }

        return new Rows(items);
    }

    private static IRenderable RenderBlock(Block block, RenderContext context)
    {
        var renderer = Renderers.FirstOrDefault(r => r.Accepts(block));
        if (renderer is not null)
        {
            return renderer.Render(block, context);
        }

        // Any other container (a user's template may produce one): its children, in order.
        return block is ContainerBlock container ? RenderChildren(container, context) : new Text("");
    }
}
