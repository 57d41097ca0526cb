using System.Threading.Channels;
using JobDescGen.Terminal.Components;
using JobDescGen.Terminal.Output;
using JobDescGen.Terminal.Preview;
using JobDescGen.Terminal.Theming;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Watching;

/// <summary>
/// The <c>--watch</c> loop: render, wait for a change, render again, until cancelled (Ctrl+C, or q
/// in full-screen mode). While the input is invalid the diagnostics stand where the document was;
/// the next good save brings the document back. A build whose text equals the one on screen is
/// not redrawn.
/// </summary>
/// <param name="build">Builds a frame from the files as they are now.</param>
/// <param name="theme">The styles of the diagnostics and the status line.</param>
/// <param name="display">Where and how to draw.</param>
public sealed class WatchSession(Func<PreviewFrame> build, PreviewTheme theme, WatchDisplay display)
{
    // Enter and leave the alternate screen (the shell's screen comes back untouched on exit); move home; clear to end of line / screen.
    private const string EnterAlternateScreen = "\u001b[?1049h\u001b[?25l";
    private const string LeaveAlternateScreen = "\u001b[?25h\u001b[?1049l";
    private const string Home = "\u001b[H";
    private const string ClearLine = "\u001b[K";
    private const string ClearBelow = "\u001b[J";

    private static readonly TimeSpan ResizePoll = TimeSpan.FromMilliseconds(500);

    private readonly Channel<WatchSignal> _signals = Channel.CreateUnbounded<WatchSignal>();
    private readonly WatchScreen _screen = new();

    // Lines of document in view at the last full-screen draw: the size of a page when scrolling.
    private int _rows = 1;

    /// <summary>Raised after each build with what was shown, or that nothing had to be redrawn.</summary>
    public event Action<WatchRender>? Built;

    /// <summary>Hands a key to the session (full-screen mode scrolls; <see cref="WatchKey.Quit"/> stops it).</summary>
    public void Press(WatchKey key) => _signals.Writer.TryWrite(new WatchSignal([], key));

    /// <summary>Renders now, then after every debounced change of <paramref name="watcher"/>, until <paramref name="cancellation"/> fires.</summary>
    /// <param name="watcher">The input files' watcher.</param>
    /// <param name="watching">What is watched, for the status line ("watching profiles/x, templates").</param>
    /// <param name="cancellation">Stops the session (Ctrl+C).</param>
    public async Task RunAsync(FileChangeWatcher watcher, string watching, CancellationToken cancellation)
    {
        void OnChanged(IReadOnlyCollection<string> files) => _signals.Writer.TryWrite(new WatchSignal(files, null));
        watcher.Changed += OnChanged;
        if (display.FullScreen)
        {
            display.Output.Write(EnterAlternateScreen);
        }

        try
        {
            var shown = new Shown(null, default, 0, []);
            var changed = (IReadOnlyCollection<string>)[];
            while (true)
            {
                shown = BuildAndDraw(shown, changed, watching);
                WatchSignal? signal;
                try
                {
                    signal = await NextSignal(shown.Size, cancellation);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                while (signal is { Key: { } key })
                {
                    if (key == WatchKey.Quit)
                    {
                        return;
                    }

                    // Scrolling moves over the text on screen; nothing is built again.
                    _screen.Move(key, _rows, Lines(shown.Text!).Count);
                    Draw(shown, watching);
                    try
                    {
                        signal = await NextSignal(shown.Size, cancellation);
                    }
                    catch (OperationCanceledException)
                    {
                        return;
                    }
                }

                // Changes that arrived meanwhile are covered by the build about to happen.
                var files = new SortedSet<string>(signal?.ChangedFiles ?? [], StringComparer.Ordinal);
                while (_signals.Reader.TryPeek(out var next) && next.Key is null && _signals.Reader.TryRead(out next))
                {
                    files.UnionWith(next.ChangedFiles);
                }

                changed = files;
            }
        }
        finally
        {
            watcher.Changed -= OnChanged;
            if (display.FullScreen)
            {
                display.Output.Write(LeaveAlternateScreen);
                display.Output.Flush();
            }
        }
    }

    private Shown BuildAndDraw(Shown shown, IReadOnlyCollection<string> changed, string watching)
    {
        var frame = build();
        var size = display.Size();
        var text = PreviewConsole.Render(Body(frame), display.Color, size.Width);
        var drawn = text != shown.Text || size != shown.Size;
        if (drawn)
        {
            shown = new Shown(text, size, shown.Renders + 1, shown.Renders == 0 ? [] : changed);
            Draw(shown, watching);
        }

        Built?.Invoke(new WatchRender(frame, text, drawn, shown.Renders, changed));
        return shown;
    }

    private IRenderable Body(PreviewFrame frame) => frame switch
    {
        { HasErrors: true } or { Document: null } => new DiagnosticsView(frame.Diagnostics, theme),
        { Diagnostics.Count: > 0 } => new Rows(new DiagnosticsView(frame.Diagnostics, theme), Spacer.Line, frame.Document!),
        _ => frame.Document!,
    };

    private void Draw(Shown shown, string watching)
    {
        var output = display.Output;
        var lines = Lines(shown.Text!);
        var what = shown.Renders == 1 ? "started" : shown.Changed.Count > 0 ? $"changed: {string.Join(", ", shown.Changed)}" : "redrawn";
        var status = $"render {shown.Renders} · {what} · {watching} · Ctrl+C to stop";
        if (!display.FullScreen)
        {
            output.Write(shown.Text);
            output.Write('\n');
            output.Write(Status(status, shown.Size.Width));
            output.Flush();
            return;
        }

        // The document is drawn from its top (or the reader's scroll position), the status line
        // below it, so the title is what a taller-than-screen document shows first.
        var statusLines = Lines(Status(status, shown.Size.Width));
        var rows = Math.Max(1, shown.Size.Height - statusLines.Count);
        if (lines.Count > rows)
        {
            var total = lines.Count;
            string Scrolled(int first, int last) => $"{status} · lines {first}–{last} of {total}: ↑↓ PgUp PgDn Home End scroll, q stops";

            // The widest numbers decide how many lines the status takes, so the view does not jump as it scrolls.
            rows = Math.Max(1, shown.Size.Height - Lines(Status(Scrolled(total, total), shown.Size.Width)).Count);
            var visible = _screen.Window(lines, rows);
            statusLines = Lines(Status(Scrolled(_screen.Offset + 1, _screen.Offset + visible.Count), shown.Size.Width));
            lines = visible;
        }

        _rows = rows;
        output.Write(Home);
        foreach (var line in lines.Concat(statusLines.SkipLast(1)))
        {
            output.Write(line);
            output.Write(ClearLine);
            output.Write('\n');
        }

        // No line break after the last status line: it would scroll the first line off the screen.
        output.Write(statusLines[^1]);
        output.Write(ClearLine);
        output.Write(ClearBelow);
        output.Flush();
    }

    // The status wraps rather than sitting in a rule's title, which a narrow terminal would cut.
    private string Status(string status, int width) =>
        PreviewConsole.Render(new Rows(new Rule { Style = theme.Rule }, new WrappedText(status, theme.Meta)), display.Color, width);

    private static IReadOnlyList<string> Lines(string text) => text.TrimEnd('\n').Split('\n');

    /// <summary>The next file change or key; in full-screen mode also returns (null) when the terminal's size changed.</summary>
    private async Task<WatchSignal?> NextSignal((int Width, int Height) shownSize, CancellationToken cancellation)
    {
        if (!display.FullScreen)
        {
            return await _signals.Reader.ReadAsync(cancellation);
        }

        while (true)
        {
            using var poll = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            poll.CancelAfter(ResizePoll);
            try
            {
                return await _signals.Reader.ReadAsync(poll.Token);
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                if (display.Size() != shownSize)
                {
                    return null;
                }
            }
        }
    }

    /// <summary>What is on screen: the text, the size it was drawn at, how many renders were drawn, and what changed before the last.</summary>
    private sealed record Shown(string? Text, (int Width, int Height) Size, int Renders, IReadOnlyCollection<string> Changed);
}
