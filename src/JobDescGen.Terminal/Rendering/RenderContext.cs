using JobDescGen.Terminal.Theming;
using Markdig.Syntax;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Rendering;

/// <summary>What every block renderer is handed: the theme, the hints, the current text style, and a way to render child blocks.</summary>
/// <param name="Theme">The styles.</param>
/// <param name="Hints">Optional label and highlighted rows.</param>
/// <param name="TextStyle">The style running text starts from (plain, or the notice style inside a quote).</param>
/// <param name="RenderBlocks">Renders a container's child blocks, separated by blank lines.</param>
internal sealed record RenderContext(PreviewTheme Theme, RenderHints Hints, Style TextStyle, Func<ContainerBlock, RenderContext, IRenderable> RenderBlocks)
{
    /// <summary>Renders the children of <paramref name="container"/> in this context.</summary>
    public IRenderable Children(ContainerBlock container) => RenderBlocks(container, this);
}
