using System.Threading.Channels;
using JobDescGen.Terminal.Preview;
using JobDescGen.Terminal.Tests.Support;
using JobDescGen.Terminal.Theming;
using JobDescGen.Terminal.Watching;
using Spectre.Console.Testing;

namespace JobDescGen.Terminal.Tests.Watching;

/// <summary>
/// A running <see cref="WatchSession"/> over real files, rendering into a <see cref="TestConsole"/>;
/// each render is queued with its text at 80 columns, and <see cref="Next"/> waits for the one a
/// step expects. Renders of intermediate states (an editor's half-written file) are skipped.
/// </summary>
internal sealed class WatchHarness : IAsyncDisposable
{
    /// <summary>How long a step may wait for its render: generous, since the wait ends as soon as it arrives.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Channel<(PreviewFrame Frame, string Text)> _frames = Channel.CreateUnbounded<(PreviewFrame Frame, string Text)>();
    private readonly FileChangeWatcher _watcher;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    /// <summary>Starts watching <paramref name="request"/>'s profile (and templates, when given).</summary>
    public WatchHarness(PreviewRequest request)
    {
        var builder = new PreviewBuilder(PreviewTheme.Default);
        var session = new WatchSession(() => builder.Build(request), PreviewTheme.Default, clearScreen: false);
        session.Rendered += frame => _frames.Writer.TryWrite((frame, frame.Document is null ? "" : Render.ToText(frame.Document, 80)));
        _watcher = new FileChangeWatcher(WatchTarget.ForPreview(request.ProfileDirectory, request.TemplatesDirectory), TimeSpan.FromMilliseconds(100));
        _running = session.RunAsync(Console, _watcher, "watching", _stop.Token);
    }

    /// <summary>What the session wrote.</summary>
    public TestConsole Console { get; } = new TestConsole().Width(80);

    /// <summary>The next render that satisfies <paramref name="expected"/>; fails naming <paramref name="what"/> after <see cref="Patience"/>.</summary>
    public async Task<(PreviewFrame Frame, string Text)> Next(Func<(PreviewFrame Frame, string Text), bool> expected, string what)
    {
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            while (true)
            {
                var frame = await _frames.Reader.ReadAsync(timeout.Token);
                if (expected(frame))
                {
                    return frame;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new Xunit.Sdk.XunitException($"no render showed {what} within {Patience.TotalSeconds} s");
        }
    }

    /// <summary>Stops the session as Ctrl+C does and waits for it to end.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _running.WaitAsync(Patience);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_running.IsCompleted)
        {
            await StopAsync();
        }

        _watcher.Dispose();
        _stop.Dispose();
        Console.Dispose();
    }
}
