using System.Threading.Channels;
using JobDescGen.Terminal.Preview;
using JobDescGen.Terminal.Theming;
using JobDescGen.Terminal.Watching;

namespace JobDescGen.Terminal.Tests.Watching;

/// <summary>
/// A running <see cref="WatchSession"/> over real files, drawing plain text at 80 columns into a
/// <see cref="StringWriter"/>; each build is queued, and <see cref="Next"/> waits for the one a
/// step expects. Builds of intermediate states (an editor's half-written file) are skipped.
/// </summary>
internal sealed class WatchHarness : IAsyncDisposable
{
    /// <summary>How long a step may wait for its render: generous, since the wait ends as soon as it arrives.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Channel<WatchRender> _builds = Channel.CreateUnbounded<WatchRender>();
    private readonly FileChangeWatcher _watcher;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private readonly StringWriter _output = new();
    private readonly TextWriter _writer;

    /// <summary>Starts watching <paramref name="request"/>'s profile (and templates, when given), debouncing by <paramref name="debounce"/> (100 ms when null).</summary>
    public WatchHarness(PreviewRequest request, TimeSpan? debounce = null)
        : this(() => new PreviewBuilder(PreviewTheme.Default).Build(request), WatchTarget.ForPreview(request.ProfileDirectory, request.TemplatesDirectory), debounce)
    {
    }

    /// <summary>Starts watching <paramref name="targets"/>, building each frame with <paramref name="build"/> (a specific job's preview).</summary>
    public WatchHarness(Func<PreviewFrame> build, IReadOnlyList<WatchTarget> targets, TimeSpan? debounce = null)
    {
        // Synchronized: the session writes from pool threads while a test may read the output.
        _writer = TextWriter.Synchronized(_output);
        var display = new WatchDisplay(_writer, Color: false, FullScreen: false, () => (80, 0));
        Session = new WatchSession(build, PreviewTheme.Default, display);
        Session.Built += build => _builds.Writer.TryWrite(build);
        _watcher = new FileChangeWatcher(targets, debounce ?? TimeSpan.FromMilliseconds(100));
        _running = Session.RunAsync(_watcher, "watching", _stop.Token);
    }

    /// <summary>The session under test.</summary>
    public WatchSession Session { get; }

    /// <summary>What the session wrote so far.</summary>
    public string Output
    {
        get
        {
            lock (_writer)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The next build that satisfies <paramref name="expected"/>; fails naming <paramref name="what"/> after <see cref="Patience"/>.</summary>
    public async Task<WatchRender> Next(Func<WatchRender, bool> expected, string what)
    {
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            while (true)
            {
                var build = await _builds.Reader.ReadAsync(timeout.Token);
                if (expected(build))
                {
                    return build;
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
        _output.Dispose();
    }
}
