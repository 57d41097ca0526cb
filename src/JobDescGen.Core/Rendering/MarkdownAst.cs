using Markdig;
using Markdig.Syntax;

namespace JobDescGen.Rendering;

/// <summary>
/// Parses rendered Markdown into the Markdig AST that the PDF and terminal writers walk, with the
/// one pipeline every writer shares (GFM pipe tables on).
/// </summary>
public static class MarkdownAst
{
    /// <summary>The shared pipeline: immutable, safe to use from many threads.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .Build();

    /// <summary>Parses <paramref name="markdown"/>.</summary>
    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);
}
