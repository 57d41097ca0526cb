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
    private static readonly TimeSpan ResizePoll = TimeSpan.FromMilliseconds(500);

    private readonly Channel<WatchSignal> _signals = Channel.CreateUnbounded<WatchSignal>();
    private readonly WatchPainter _painter = new(display, theme);

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
        _painter.Enter();
        try
        {
            WatchPicture? shown = null;
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
                    _painter.Scroll(shown, key, watching);
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
            _painter.Leave();
        }
    }

    private WatchPicture BuildAndDraw(WatchPicture? shown, IReadOnlyCollection<string> changed, string watching)
    {
        var frame = build();
        var size = display.Size();
        var text = PreviewConsole.Render(Body(frame), display.Color, size.Width);
        // Saving without a change (or a change that does not show) leaves the screen alone: no flicker.
        var drawn = shown is null || text != shown.Text || size != shown.Size;
        if (drawn)
        {
            shown = new WatchPicture(text, size, (shown?.Renders ?? 0) + 1, shown is null ? [] : changed);
            _painter.Paint(shown, watching);
        }

        Built?.Invoke(new WatchRender(frame, text, drawn, shown!.Renders, changed));
        return shown!;
    }

    private IRenderable Body(PreviewFrame frame) => frame switch
    {
        { HasErrors: true } or { Document: null } => new DiagnosticsView(frame.Diagnostics, theme),
        { Diagnostics.Count: > 0 } => new Rows(new DiagnosticsView(frame.Diagnostics, theme), Spacer.Line, frame.Document!),
        _ => frame.Document!,
    };

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
}
