using JobDescGen.Terminal.Theming;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Components;

/// <summary>
/// Two documents compared: side by side when the width gives each half room for the criteria
/// table, otherwise one after the other under a rule naming the second.
/// </summary>
/// <param name="left">The first document's top-level blocks.</param>
/// <param name="right">The second document's top-level blocks.</param>
/// <param name="rightName">The name shown on the rule before the second document in the stacked layout.</param>
/// <param name="theme">The styles.</param>
public sealed class CompareView(IReadOnlyList<IRenderable> left, IReadOnlyList<IRenderable> right, string rightName, PreviewTheme theme) : IRenderable
{
    /// <summary>From this width on the documents stand side by side (two halves of about 48 columns).</summary>
    public const int SideBySideWidth = 100;

    /// <inheritdoc />
    public Measurement Measure(RenderOptions options, int maxWidth) => new(Math.Min(maxWidth, 20), maxWidth);

    /// <inheritdoc />
    public IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
    {
        IRenderable layout = maxWidth >= SideBySideWidth
            ? new SideBySide(left, right, theme.Rule)
            : new Rows(new Rows(left), Spacer.Line, new Rule(Markup.Escape(rightName)) { Style = theme.Rule, Justification = Justify.Left }, Spacer.Line, new Rows(right));
        return layout.Render(options, maxWidth);
    }
}
