using System.Threading.Channels;
using JobDescGen.Terminal.Components;
using JobDescGen.Terminal.Preview;
using JobDescGen.Terminal.Theming;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Watching;

/// <summary>
/// The <c>--watch</c> loop: render, wait for a change, render again, until cancelled (Ctrl+C).
/// While the input is invalid the diagnostics stand where the document was; the next good save
/// brings the document back.
/// </summary>
/// <param name="build">Builds a frame from the files as they are now.</param>
/// <param name="theme">The styles of the diagnostics and the status line.</param>
/// <param name="clearScreen">True to clear the screen before each render (a terminal), false to append (a pipe, a test).</param>
/// <param name="width">Reads the width before each render (the terminal may have been resized), or null to keep the console's.</param>
public sealed class WatchSession(Func<PreviewFrame> build, PreviewTheme theme, bool clearScreen, Func<int>? width = null)
{
    /// <summary>Raised after each render with the frame shown.</summary>
    public event Action<PreviewFrame>? Rendered;

    /// <summary>Renders now, then after every debounced change of <paramref name="watcher"/>, until <paramref name="cancellation"/> fires.</summary>
    public async Task RunAsync(IAnsiConsole console, FileChangeWatcher watcher, string status, CancellationToken cancellation)
    {
        var changes = Channel.CreateUnbounded<bool>();
        void OnChanged() => changes.Writer.TryWrite(true);
        watcher.Changed += OnChanged;
        try
        {
            var renders = 0;
            while (true)
            {
                Show(console, build(), status, ++renders);
                var shownWidth = console.Profile.Width;
                try
                {
                    while (!await ChangeOrResize(changes.Reader, shownWidth, cancellation))
                    {
                    }
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                // Changes that arrived while rendering are covered by the render about to happen.
                while (changes.Reader.TryRead(out _))
                {
                }
            }
        }
        finally
        {
            watcher.Changed -= OnChanged;
        }
    }

    /// <summary>
    /// Waits for a file change; when the session follows the terminal's width it also looks at the
    /// width twice a second (.NET raises no resize event) and returns true when it changed.
    /// </summary>
    private async Task<bool> ChangeOrResize(ChannelReader<bool> changes, int shownWidth, CancellationToken cancellation)
    {
        if (width is null)
        {
            await changes.ReadAsync(cancellation);
            return true;
        }

        using var poll = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        poll.CancelAfter(TimeSpan.FromMilliseconds(500));
        try
        {
            await changes.ReadAsync(poll.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return width() != shownWidth;
        }
    }

    private void Show(IAnsiConsole console, PreviewFrame frame, string status, int renders)
    {
        IRenderable body = frame switch
        {
            { HasErrors: true } or { Document: null } => new DiagnosticsView(frame.Diagnostics, theme),
            { Diagnostics.Count: > 0 } => new Rows(new DiagnosticsView(frame.Diagnostics, theme), Spacer.Line, frame.Document!),
            _ => frame.Document!,
        };

        if (width is not null)
        {
            console.Profile.Width = width();
        }

        if (clearScreen)
        {
            console.Clear(true);
        }

        console.Write(body);
        console.WriteLine();
        // The status wraps rather than sitting in a rule's title, which a narrow terminal would cut.
        console.Write(new Rule { Style = theme.Rule });
        console.Write(new WrappedText($"render {renders} · {status}", theme.Meta));
        Rendered?.Invoke(frame);
    }
}
