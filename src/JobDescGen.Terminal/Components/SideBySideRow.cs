using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Components;

/// <summary>One band of a <see cref="SideBySide"/>: a block of each document, or one block across the whole width.</summary>
/// <param name="Left">The left document's block, or null.</param>
/// <param name="Right">The right document's block, or null.</param>
/// <param name="Spanning">A block that takes the whole width instead (a merged table), or null.</param>
internal sealed record SideBySideRow(IRenderable? Left, IRenderable? Right, IRenderable? Spanning = null);
