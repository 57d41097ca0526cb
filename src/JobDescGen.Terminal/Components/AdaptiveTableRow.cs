namespace JobDescGen.Terminal.Components;

/// <summary>One row of a <see cref="AdaptiveTable"/>: its cells, already styled (a highlighted row carries its mark in its cells).</summary>
/// <param name="Cells">The cells, one per column; the first names the row.</param>
internal sealed record AdaptiveTableRow(IReadOnlyList<WrappedText> Cells);
