using JobDescGen.Terminal.Watching;
using Xunit;

namespace JobDescGen.Terminal.Tests.Watching;

/// <summary>The debounce and the filter, fed directly (no file system), so the test depends on no timing but the debounce itself.</summary>
public sealed class FileChangeWatcherTests
{
    [Fact]
    public async Task A_burst_of_changes_is_reported_once_with_every_input_file_and_no_other()
    {
        var reports = new List<IReadOnlyCollection<string>>();
        var first = new TaskCompletionSource<IReadOnlyCollection<string>>(TaskCreationOptions.RunContinuationsAsynchronously);
        // A long debounce: the notices below take microseconds, far less than it.
        using var watcher = new FileChangeWatcher([], TimeSpan.FromSeconds(1));
        watcher.Changed += files =>
        {
            lock (reports)
            {
                reports.Add(files);
            }

            first.TrySetResult(files);
        };

        foreach (var name in new[] { "A1.yaml", ".A1.yaml.swp", "4913", "A1.yaml~", "A1.yaml", "notes.txt", "B.yaml", "job-description.md.sbn" })
        {
            watcher.Notice(Path.Combine("levels", name));
        }

        var files = await first.Task.WaitAsync(WatchHarness.Patience);

        Assert.Equal(["A1.yaml", "B.yaml", "job-description.md.sbn"], files.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Lost_events_still_lead_to_a_render()
    {
        var changed = new TaskCompletionSource<IReadOnlyCollection<string>>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watcher = new FileChangeWatcher([], TimeSpan.FromMilliseconds(10));
        watcher.Changed += files => changed.TrySetResult(files);

        watcher.Notice(null);

        Assert.Empty(await changed.Task.WaitAsync(WatchHarness.Patience));
    }
}
