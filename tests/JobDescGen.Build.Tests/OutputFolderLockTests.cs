using JobDescGen.Building;
using Xunit;

namespace JobDescGen.Build.Tests;

/// <summary>
/// Issue 12: two builds on one --out sometimes failed ("Could not find file …tmp") and left a
/// folder that failed --check. The second build now waits for the first.
/// </summary>
public sealed class OutputFolderLockTests : IDisposable
{
    private readonly BuildWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Concurrent_builds_on_one_folder_all_succeed_and_leave_it_clean()
    {
        // Forced, so every build rewrites every file: the race the lock closes.
        var results = new BuildResult[6];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = results.Length }, i => results[i] = _workspace.Build(_workspace.Request(force: true)));

        Assert.All(results, r => Assert.True(r.Succeeded, string.Join('\n', r.Diagnostics.Select(d => d.Message))));
        Assert.True(_workspace.Check().Succeeded);
        Assert.Equal([.. Statuses.AllFiles, "manifest.json"], _workspace.OutputFiles());
    }

    [Fact]
    public async Task A_build_that_cannot_get_the_folder_gives_up_with_a_clear_error()
    {
        using var first = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var blocking = new BlockingProgress(first, release);
        var running = Task.Run(() => new BuildRunner(_workspace.Request(force: true), blocking).Run(BuildMode.Write));
        first.Wait();

        var second = _workspace.Build();
        release.Set();
        Assert.True((await running).Succeeded);

        Assert.False(second.Succeeded);
        var error = Assert.Single(second.Diagnostics);
        Assert.Equal($"another build is using this output folder (waited 10 s for it)", error.Message);
        Assert.Equal("wait for the other build to finish, or build into another --out", error.Hint);
    }

    private sealed class BlockingProgress(ManualResetEventSlim started, ManualResetEventSlim release) : IBuildProgress
    {
        public void Started(int profiles)
        {
            started.Set();
            release.Wait();
        }

        public void Completed(DocumentResult result)
        {
        }

        public void ProfileCompleted()
        {
        }
    }
}
