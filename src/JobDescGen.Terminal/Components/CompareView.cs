using JobDescGen.Terminal.Theming;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Components;

/// <summary>
/// Two documents compared: side by side, band by band, when the width gives each half room to
/// read; otherwise one after the other under a rule naming the second.
/// </summary>
/// <param name="bands">The side-by-side layout.</param>
/// <param name="first">The first document whole, for the stacked layout.</param>
/// <param name="second">The second document whole, for the stacked layout.</param>
/// <param name="secondName">The name on the rule before the second document in the stacked layout.</param>
/// <param name="theme">The styles.</param>
public sealed class CompareView(IReadOnlyList<SideBySideRow> bands, IRenderable first, IRenderable second, string secondName, PreviewTheme theme) : IRenderable
{
    /// <summary>From this width on the documents stand side by side (two halves of about 47 columns).</summary>
    public const int SideBySideWidth = 100;

    /// <inheritdoc />
    public Measurement Measure(RenderOptions options, int maxWidth) => new(Math.Min(maxWidth, 20), maxWidth);

    /// <inheritdoc />
    public IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
    {
        IRenderable layout = maxWidth >= SideBySideWidth
            ? new SideBySide(bands, theme.Rule)
            : new Rows(first, Spacer.Line, new Rule(Markup.Escape(secondName)) { Style = theme.Rule, Justification = Justify.Left }, Spacer.Line, second);
        return layout.Render(options, maxWidth);
    }
}
