namespace JobDescGen.Terminal.Watching;

/// <summary>
/// Raises <see cref="Changed"/> once things have been quiet for the debounce time after a change
/// of an input file (<see cref="WatchTarget.IsInput"/>): one save often fires several events
/// (truncate, write, rename), and a render per event would flicker and read half-written files.
/// </summary>
public sealed class FileChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly TimeSpan _debounce;
    private readonly object _gate = new();
    private HashSet<string> _pending = new(StringComparer.Ordinal);

    /// <summary>Starts watching <paramref name="targets"/>; events start flowing before the constructor returns.</summary>
    public FileChangeWatcher(IEnumerable<WatchTarget> targets, TimeSpan debounce)
    {
        _debounce = debounce;
        _timer = new Timer(_ => Flush(), null, Timeout.Infinite, Timeout.Infinite);
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
            watcher.Renamed += OnRenamed;
            // A lost event (the kernel's queue overflowed) may hide a change: render again to be safe.
            watcher.Error += (_, _) => Notice(null);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Raised (on a pool thread) once per burst of changes, with the names of the input files that changed (empty when events were lost).</summary>
    public event Action<IReadOnlyCollection<string>>? Changed;

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
    }

    /// <summary>
    /// Records a change of <paramref name="path"/> (null: events were lost) and pushes the deadline
    /// back, so the render happens once the burst is over; a path that is no input is ignored.
    /// </summary>
    internal void Notice(string? path)
    {
        if (path is not null && !WatchTarget.IsInput(path))
        {
            return;
        }

        lock (_gate)
        {
            if (path is not null)
            {
                _pending.Add(Path.GetFileName(path));
            }

            _timer.Change(_debounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnEvent(object sender, FileSystemEventArgs e) => Notice(e.FullPath);

    // Saving by rename (write A1.yaml.tmp, rename it to A1.yaml) counts for the new name; renaming
    // an input away (or deleting it) counts for the old one.
    private void OnRenamed(object sender, RenamedEventArgs e)
    {
        Notice(e.OldFullPath);
        Notice(e.FullPath);
    }

    private void Flush()
    {
        HashSet<string> changed;
        lock (_gate)
        {
            changed = _pending;
            _pending = new HashSet<string>(StringComparer.Ordinal);
        }

        Changed?.Invoke(changed);
    }
}
