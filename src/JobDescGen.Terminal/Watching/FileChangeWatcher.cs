namespace JobDescGen.Terminal.Watching;

/// <summary>
/// Raises <see cref="Changed"/> once things have been quiet for the debounce time after a change
/// of an input file (<see cref="WatchTarget.IsInput"/>): one save often fires several events
/// (truncate, write, rename), and a render per event would flicker and read half-written files.
/// A watched folder that is deleted and made again (a checkout of another branch, a restore) is
/// a new folder the old watch does not see: the folder above it is watched for its name, and the
/// watch is set up again when it comes back.
/// </summary>
public sealed class FileChangeWatcher : IDisposable
{
    private readonly Dictionary<WatchTarget, FileSystemWatcher?> _watchers = [];
    private readonly List<FileSystemWatcher> _guards = [];
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
            lock (_gate)
            {
                _watchers[target] = Arm(target);
            }

            if (target.Recursive)
            {
                Guard(target);
            }
        }
    }

    /// <summary>Raised (on a pool thread) once per burst of changes, with the names of the input files that changed (empty when events were lost).</summary>
    public event Action<IReadOnlyCollection<string>>? Changed;

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var watcher in _watchers.Values.Concat(_guards))
            {
                watcher?.Dispose();
            }

            _watchers.Clear();
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

    /// <summary>Watches <paramref name="target"/> again (its folder was made anew); true when it exists now.</summary>
    internal bool Rearm(WatchTarget target)
    {
        lock (_gate)
        {
            if (!_watchers.TryGetValue(target, out var old))
            {
                return false;
            }

            old?.Dispose();
            _watchers[target] = Arm(target);
            return _watchers[target] is not null;
        }
    }

    private FileSystemWatcher? Arm(WatchTarget target)
    {
        if (!System.IO.Directory.Exists(target.Directory))
        {
            return null;
        }

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
        return watcher;
    }

    // Watches the folder above target for target's own name: deleted, it renders (the error);
    // made again or renamed back, the watch on it is set up anew and it renders.
    private void Guard(WatchTarget target)
    {
        var full = Path.TrimEndingDirectorySeparator(target.Directory);
        var parent = Path.GetDirectoryName(full);
        if (parent is null || !System.IO.Directory.Exists(parent))
        {
            return;
        }

        var guard = new FileSystemWatcher(parent, Path.GetFileName(full)) { NotifyFilter = NotifyFilters.DirectoryName };
        void Back(object sender, FileSystemEventArgs e)
        {
            Rearm(target);
            Notice(null);
        }

        guard.Created += Back;
        guard.Renamed += (sender, e) => Back(sender, e);
        guard.Deleted += (_, _) => Notice(null);
        guard.EnableRaisingEvents = true;
        _guards.Add(guard);
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
