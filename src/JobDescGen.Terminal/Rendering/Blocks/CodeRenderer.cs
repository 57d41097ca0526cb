using JobDescGen.Terminal.Components;
using Markdig.Syntax;
using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Rendering.Blocks;

/// <summary>Code blocks, indented, in the code style. The built-in template has none; a user's may.</summary>
internal sealed class CodeRenderer : BlockRenderer<CodeBlock>
{
    protected override IRenderable Render(CodeBlock block, RenderContext context) =>
        new HangingIndent(new WrappedText(block.Lines.ToString(), context.TextStyle.Combine(context.Theme.Code)), "    ", "", context.Theme.Code);
}
