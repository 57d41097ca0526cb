using JobDescGen.Terminal.Components;
using JobDescGen.Terminal.Output;
using JobDescGen.Terminal.Theming;
using Spectre.Console;

namespace JobDescGen.Terminal.Watching;

/// <summary>
/// Draws what <c>--watch</c> shows. In full-screen mode: the alternate screen, redrawn in place from
/// the document's top (or the reader's scroll position) with the status line below it, so a
/// document taller than the screen shows its title first and can be scrolled; otherwise every
/// picture is appended, followed by its status line.
/// </summary>
/// <param name="display">Where and how to draw.</param>
/// <param name="theme">The styles of the status line.</param>
internal sealed class WatchPainter(WatchDisplay display, PreviewTheme theme)
{
    // Enter and leave the alternate screen (the shell's screen comes back untouched on exit) with
    // the cursor hidden; move home; clear the whole line (before writing it: clearing after a line
    // as wide as the screen would erase its last character on some terminals); clear below.
    private const string EnterAlternateScreen = "\u001b[?1049h\u001b[?25l";
    private const string LeaveAlternateScreen = "\u001b[?25h\u001b[?1049l";
    private const string Home = "\u001b[H";
    private const string ClearLine = "\u001b[2K";
    private const string ClearBelow = "\u001b[J";

    private readonly WatchScreen _screen = new();

    // Lines of document in view at the last full-screen draw: the size of a page when scrolling.
    private int _rows = 1;

    /// <summary>Takes over the screen (full-screen mode only).</summary>
    public void Enter()
    {
        if (display.FullScreen)
        {
            display.Output.Write(EnterAlternateScreen);
        }
    }

    /// <summary>Gives the screen back (full-screen mode only).</summary>
    public void Leave()
    {
        if (display.FullScreen)
        {
            display.Output.Write(LeaveAlternateScreen);
            display.Output.Flush();
        }
    }

    /// <summary>Scrolls <paramref name="picture"/> for <paramref name="key"/> and draws it again.</summary>
    public void Scroll(WatchPicture picture, WatchKey key, string watching)
    {
        _screen.Move(key, _rows, Lines(picture.Text).Count);
        Paint(picture, watching);
    }

    /// <summary>Draws <paramref name="picture"/> with its status line.</summary>
    public void Paint(WatchPicture picture, string watching)
    {
        var output = display.Output;
        var lines = Lines(picture.Text);
        var what = picture.Renders == 1 ? "started" : picture.Changed.Count > 0 ? $"changed: {string.Join(", ", picture.Changed)}" : "redrawn";
        var status = $"render {picture.Renders} · {what} · {watching} · Ctrl+C to stop";
        if (!display.FullScreen)
        {
            output.Write(picture.Text);
            output.Write('\n');
            output.Write(Status(status, picture.Size.Width));
            output.Flush();
            return;
        }

        // The document is drawn from its top (or the reader's scroll position), the status line
        // below it, so the title is what a taller-than-screen document shows first.
        var statusLines = Lines(Status(status, picture.Size.Width));
        var rows = Math.Max(1, picture.Size.Height - statusLines.Count);
        if (lines.Count > rows)
        {
            var total = lines.Count;
            string Scrolled(int first, int last) => $"{status} · lines {first}–{last} of {total}: ↑↓ PgUp PgDn Home End scroll, q stops";

            // The widest numbers decide how many lines the status takes, so the view does not jump as it scrolls.
            rows = Math.Max(1, picture.Size.Height - Lines(Status(Scrolled(total, total), picture.Size.Width)).Count);
            var visible = _screen.Window(lines, rows);
            statusLines = Lines(Status(Scrolled(_screen.Offset + 1, _screen.Offset + visible.Count), picture.Size.Width));
            lines = visible;
        }

        _rows = rows;
        output.Write(Home);
        foreach (var line in lines.Concat(statusLines.SkipLast(1)))
        {
            output.Write(ClearLine);
            output.Write(line);
            output.Write('\n');
        }

        // No line break after the last status line: it would scroll the first line off the screen.
        output.Write(ClearLine);
        output.Write(statusLines[^1]);
        output.Write(ClearBelow);
        output.Flush();
    }

    // The status wraps rather than sitting in a rule's title, which a narrow terminal would cut.
    private string Status(string status, int width) =>
        PreviewConsole.Render(new Rows(new Rule { Style = theme.Rule }, new WrappedText(status, theme.Meta)), display.Color, width);

    private static IReadOnlyList<string> Lines(string text) => text.TrimEnd('\n').Split('\n');
}
