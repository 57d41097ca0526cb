namespace JobDescGen.Terminal.Watching;

/// <summary>
/// Raises <see cref="Changed"/> once things have been quiet for the debounce time after a file
/// change: one save often fires several events (truncate, write, rename), and a render per event
/// would flicker and read half-written files.
/// </summary>
public sealed class FileChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly TimeSpan _debounce;

    /// <summary>Starts watching <paramref name="targets"/>; events start flowing before the constructor returns.</summary>
    public FileChangeWatcher(IEnumerable<WatchTarget> targets, TimeSpan debounce)
    {
        _debounce = debounce;
        _timer = new Timer(_ => Changed?.Invoke(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var target in targets)
        {
            var watcher = new FileSystemWatcher(target.Directory, target.Filter)
            {
                IncludeSubdirectories = target.Recursive,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += OnEvent;
            watcher.Created += OnEvent;
            watcher.Deleted += OnEvent;
            watcher.Renamed += OnEvent;
            // A lost event (the kernel's queue overflowed) may hide a change: render again to be safe.
            watcher.Error += (_, _) => _timer.Change(_debounce, Timeout.InfiniteTimeSpan);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Raised (on a pool thread) once per burst of changes.</summary>
    public event Action? Changed;

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
    }

    // Every event pushes the deadline back: the render happens once the burst is over.
    private void OnEvent(object sender, FileSystemEventArgs e) => _timer.Change(_debounce, Timeout.InfiniteTimeSpan);
}
