using JobDescGen.Diagnostics;
using JobDescGen.Resources;
using JobDescGen.Terminal.Theming;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Components;

/// <summary>
/// Diagnostics as the command line prints them (headline, source line with caret, hint, count),
/// coloured by severity: what <c>--watch</c> shows instead of the document while the input is invalid.
/// </summary>
/// <param name="diagnostics">The diagnostics, in reading order.</param>
/// <param name="theme">The styles.</param>
internal sealed class DiagnosticsView(IReadOnlyList<Diagnostic> diagnostics, PreviewTheme theme) : IRenderable
{
    private const string HintPrefix = "  hint: ";

    // Built once: formatting reads the source files to quote their lines.
    private readonly Lazy<IRenderable> _view = new(() => Build(diagnostics, theme));

    /// <inheritdoc />
    public Measurement Measure(RenderOptions options, int maxWidth) => _view.Value.Measure(options, maxWidth);

    /// <inheritdoc />
    public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) => _view.Value.Render(options, maxWidth);

    private static IRenderable Build(IReadOnlyList<Diagnostic> diagnostics, PreviewTheme theme)
    {
        var formatter = new DiagnosticFormatter(BuiltInResources.ReadLinesForDiagnostics);
        var items = new List<IRenderable>();
        foreach (var diagnostic in diagnostics)
        {
            var lines = formatter.Format(diagnostic).TrimEnd('\n').Split('\n');
            items.Add(new WrappedText(lines[0], diagnostic.Severity == DiagnosticSeverity.Error ? theme.Error : theme.Warning));
            foreach (var line in lines.Skip(1))
            {
                // Hints are prose and wrap under themselves; source lines and carets keep their
                // spacing, so they are not re-wrapped as prose.
                items.Add(line.StartsWith(HintPrefix, StringComparison.Ordinal)
                    ? new HangingIndent(new WrappedText(line[HintPrefix.Length..], theme.DiagnosticDetail), HintPrefix, "", theme.DiagnosticDetail)
                    : new Text(line, theme.DiagnosticDetail) { Overflow = Overflow.Fold });
            }
        }

        items.Add(new WrappedText(DiagnosticFormatter.Summary(diagnostics), theme.Strong));
        return new Rows(items);
    }
}
