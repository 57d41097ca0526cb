using JobDescGen.Terminal.Components;
using JobDescGen.Terminal.Rendering.Inlines;
using Markdig.Syntax;
using Spectre.Console;
using Spectre.Console.Rendering;
using MarkdigTable = Markdig.Extensions.Tables.Table;
using MarkdigTableCell = Markdig.Extensions.Tables.TableCell;

namespace JobDescGen.Terminal.Rendering.Blocks;

/// <summary>
/// A pipe table (the criteria): an <see cref="AdaptiveTable"/>, with the rows named in
/// <see cref="RenderHints.HighlightedRows"/> marked and coloured, and a note saying what the mark means.
/// Two levels' tables can also be merged into one, so compared criteria stand on the same line.
/// </summary>
internal sealed class TableRenderer : BlockRenderer<MarkdigTable>
{
    /// <summary>
    /// One table of <paramref name="left"/>'s columns followed by <paramref name="right"/>'s text
    /// columns, rows matched by name (the criterion); highlights and note come from <paramref name="context"/>.
    /// </summary>
    public static IRenderable Merge(MarkdigTable left, MarkdigTable right, RenderContext context)
    {
        var first = PipeTable.Read(left);
        var second = PipeTable.Read(right);
        var headers = first.Headers.Concat(second.Headers.Skip(1)).ToList();
        var names = first.Rows.Concat(second.Rows).Where(r => r.Cells.Count > 0).Select(r => r.Name).Distinct(StringComparer.Ordinal).ToList();
        var rows = names.ConvertAll(name =>
        {
            var a = first.Rows.FirstOrDefault(r => r.Name == name).Cells ?? [];
            var b = second.Rows.FirstOrDefault(r => r.Name == name).Cells ?? [];
            var differs = context.Hints.HighlightedRows.Contains(name);
            var name0 = a.Count > 0 ? a[0] : b[0];
            var texts = Pad(a.Skip(1), first.Headers.Count - 1).Concat(Pad(b.Skip(1), second.Headers.Count - 1));
            return new AdaptiveTableRow([Cell(name0, 0, differs, context), .. texts.Select(cell => cell is null ? Empty() : Cell(cell, 1, differs, context))]);
        });
        return WithNote(new AdaptiveTable(headers, rows, context.Theme), names.Exists(context.Hints.HighlightedRows.Contains), context);
    }

    protected override IRenderable Render(MarkdigTable block, RenderContext context)
    {
        var table = PipeTable.Read(block);
        var highlighted = false;
        var body = new List<AdaptiveTableRow>();
        foreach (var (name, cells) in table.Rows)
        {
            var differs = context.Hints.HighlightedRows.Contains(name);
            highlighted |= differs;
            body.Add(new AdaptiveTableRow([.. cells.Select((cell, i) => Cell(cell, i, differs, context))]));
        }

        return WithNote(new AdaptiveTable(table.Headers, body, context.Theme), highlighted, context);
    }

    private static IRenderable WithNote(AdaptiveTable table, bool highlighted, RenderContext context)
    {
        if (!highlighted || context.Hints.HighlightNote is null)
        {
            return table;
        }

        var note = new WrappedText(Symbols.Differs + context.Hints.HighlightNote, context.Theme.Differs);
        return new Rows(table, Spacer.Line, note);
    }

    private static IEnumerable<MarkdigTableCell?> Pad(IEnumerable<MarkdigTableCell> cells, int count) =>
        cells.Cast<MarkdigTableCell?>().Concat(Enumerable.Repeat<MarkdigTableCell?>(null, count)).Take(count);

    private static WrappedText Empty() => new("", Style.Plain);

    private static WrappedText Cell(MarkdigTableCell cell, int column, bool differs, RenderContext context)
    {
        var theme = context.Theme;
        var style = column == 0 ? theme.RowName : Style.Plain;
        if (differs)
        {
            style = style.Combine(column == 0 ? theme.Differs : theme.DiffersText);
        }

        var runs = new List<StyledRun>();
        if (differs && column == 0)
        {
            runs.Add(new StyledRun(Symbols.Differs, theme.Differs));
        }

        var first = true;
        foreach (var paragraph in cell.OfType<ParagraphBlock>())
        {
            if (!first)
            {
                runs.Add(new StyledRun("\n", style));
            }

            runs.AddRange(InlineText.Runs(paragraph.Inline, context.TextStyle.Combine(style), theme));
            first = false;
        }

        return new WrappedText(runs);
    }
}
