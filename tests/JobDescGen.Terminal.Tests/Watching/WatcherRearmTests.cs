using JobDescGen.Terminal.Watching;
using Xunit;

namespace JobDescGen.Terminal.Tests.Watching;

/// <summary>
/// Issue 12: 'preview --watch' went deaf once the profile folder was deleted and restored (a
/// checkout of another branch does that): the old watch was on a folder that no longer existed.
/// </summary>
public sealed class WatcherRearmTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("jobdescgen-rearm-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public async Task A_change_after_the_folder_is_deleted_and_made_again_is_still_seen()
    {
        var profile = Path.Combine(_root.FullName, "profiel");
        Directory.CreateDirectory(Path.Combine(profile, "levels"));
        var changes = System.Threading.Channels.Channel.CreateUnbounded<IReadOnlyCollection<string>>();
        using var watcher = new FileChangeWatcher([new WatchTarget(profile, "*", true)], TimeSpan.FromMilliseconds(50));
        watcher.Changed += files => changes.Writer.TryWrite(files);

        Directory.Delete(profile, recursive: true);
        Directory.CreateDirectory(Path.Combine(profile, "levels"));
        await changes.Reader.ReadAsync().AsTask().WaitAsync(WatchHarness.Patience);
        await File.WriteAllTextAsync(Path.Combine(profile, "levels", "A1.yaml"), "level: A1\n");

        // Reports of the folder coming back may come first; the file's own report must follow.
        using var patience = new CancellationTokenSource(WatchHarness.Patience);
        IReadOnlyCollection<string> files;
        do
        {
            files = await changes.Reader.ReadAsync(patience.Token);
        }
        while (!files.Contains("A1.yaml"));

        Assert.Contains("A1.yaml", files);
    }
}
