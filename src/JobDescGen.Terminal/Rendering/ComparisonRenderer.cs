using JobDescGen.Marking;
using JobDescGen.Terminal.Components;
using JobDescGen.Terminal.Rendering.Blocks;
using JobDescGen.Terminal.Theming;
using Spectre.Console;
using MarkdigTable = Markdig.Extensions.Tables.Table;

namespace JobDescGen.Terminal.Rendering;

/// <summary>
/// Two levels of one profile for <c>--compare</c>: each document walked from its own AST, paired
/// section by section (by heading) and then block by block for the side-by-side layout, where the
/// two criteria tables become one table with a column per level so the rows line up; criteria
/// whose text differs are highlighted.
/// </summary>
/// <param name="theme">The styles.</param>
internal sealed class ComparisonRenderer(PreviewTheme theme)
{
    private readonly TerminalDocumentRenderer _documents = new(theme);

    /// <summary>The comparison of <paramref name="first"/> with <paramref name="second"/>.</summary>
    public CompareView Render(RenderedDocument first, RenderedDocument second)
    {
        var firstHints = TerminalDocumentRenderer.ForLanguage(first, Highlights(first, second));
        var secondHints = TerminalDocumentRenderer.ForLanguage(second, Highlights(second, first));
        var left = _documents.RenderTopLevel(first.Ast, firstHints);
        var right = _documents.RenderTopLevel(second.Ast, secondHints);

        var bands = new List<SideBySideRow>();
        var merged = new Dictionary<Markdig.Syntax.Block, Spectre.Console.Rendering.IRenderable>();
        foreach (var (leftSection, rightSection) in DocumentSection.Pair(DocumentSection.Split(left), DocumentSection.Split(right)))
        {
            // Within a pair of sections (same heading) the template's blocks come in the same order.
            var a = leftSection?.Blocks ?? [];
            var b = rightSection?.Blocks ?? [];
            for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
            {
                var l = i < a.Count ? a[i] : default;
                var r = i < b.Count ? b[i] : default;
                if (l.Source is MarkdigTable leftTable && r.Source is MarkdigTable rightTable)
                {
                    var table = TableRenderer.Merge(leftTable, rightTable, _documents.Context(firstHints));
                    merged[leftTable] = table;
                    bands.Add(new SideBySideRow(null, null, table));
                }
                else
                {
                    bands.Add(new SideBySideRow(l.Renderable, r.Renderable));
                }
            }
        }

        return new CompareView(
            bands,
            new Rows(left.Select(block => block.Renderable)),
            new Rows(left.Select(block => block.Source is { } source && merged.TryGetValue(source, out var table) ? table : block.Renderable)),
            new Rows(right.Select(block => block.Renderable)),
            second.Description.Level.Name,
            theme);
    }

    /// <summary>The criteria of <paramref name="document"/> whose text differs in <paramref name="other"/>.</summary>
    private static RenderHints Highlights(RenderedDocument document, RenderedDocument other)
    {
        var otherTexts = other.Description.Criteria.ToDictionary(c => c.Id, c => c.Text, StringComparer.Ordinal);
        var differing = document.Description.Criteria
            .Where(c => !otherTexts.TryGetValue(c.Id, out var text) || text != c.Text)
            .Select(c => c.Name)
            .ToHashSet(StringComparer.Ordinal);
        var label = document.Label("differs");
        return new RenderHints { HighlightedRows = differing, HighlightNote = $"{label} {other.Description.Level.Name}" };
    }
}
