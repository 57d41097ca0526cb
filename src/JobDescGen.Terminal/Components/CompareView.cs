using JobDescGen.Terminal.Theming;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Components;

/// <summary>
/// Two documents compared: side by side, band by band, when the width gives each half room to
/// read; otherwise one after the other under a rule naming the second. From
/// <see cref="MergedTableWidth"/> columns on, the first document shows the merged criteria table
/// (a column per level, differences marked) in place of its own, so the criteria can still be
/// compared row by row; the second document stays whole.
/// </summary>
/// <param name="bands">The side-by-side layout.</param>
/// <param name="first">The first document whole, for the stacked layout.</param>
/// <param name="firstWithMergedTable">The first document with the merged criteria table, for the stacked layout from <see cref="MergedTableWidth"/> on.</param>
/// <param name="second">The second document whole, for the stacked layout.</param>
/// <param name="secondName">The name on the rule before the second document in the stacked layout.</param>
/// <param name="theme">The styles.</param>
internal sealed class CompareView(IReadOnlyList<SideBySideRow> bands, IRenderable first, IRenderable firstWithMergedTable, IRenderable second, string secondName, PreviewTheme theme) : IRenderable
{
    /// <summary>
    /// From this width on the stacked layout uses the merged table: bordered from about 85 columns
    /// (two text columns of 30), and below that its stacked form labels every cell with its level.
    /// </summary>
    public const int MergedTableWidth = 60;

    /// <summary>From this width on the documents stand side by side (two halves of about 47 columns).</summary>
    public const int SideBySideWidth = 100;

    /// <inheritdoc />
    public Measurement Measure(RenderOptions options, int maxWidth) => new(Math.Min(maxWidth, 20), maxWidth);

    /// <inheritdoc />
    public IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
    {
        IRenderable layout = maxWidth >= SideBySideWidth
            ? new SideBySide(bands, theme.Rule)
            : new Rows(maxWidth >= MergedTableWidth ? firstWithMergedTable : first, Spacer.Line, new Rule(Markup.Escape(secondName)) { Style = theme.Rule, Justification = Justify.Left }, Spacer.Line, second);
        return layout.Render(options, maxWidth);
    }
}
