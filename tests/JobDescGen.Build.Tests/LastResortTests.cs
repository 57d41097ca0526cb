using JobDescGen.Building;
using Xunit;

namespace JobDescGen.Build.Tests;

/// <summary>
/// Issue 12: an unexpected exception in one profile aborted the whole build with exit 70; the
/// documented "a broken profile does not stop the others" now holds for bugs too.
/// </summary>
public sealed class LastResortTests : IDisposable
{
    private readonly BuildWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void An_exception_in_one_profile_becomes_its_error_and_the_others_are_built()
    {
        var second = Path.Combine(_workspace.Profiles, "tweede");
        foreach (var file in Directory.EnumerateFiles(_workspace.Profile(), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(second, Path.GetRelativePath(_workspace.Profile(), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, File.ReadAllText(file).Replace("id: leidinggevende", "id: tweede", StringComparison.Ordinal));
        }

        var result = new BuildRunner(_workspace.Request(), new ThrowingProgress("tweede")).Run(BuildMode.Write);

        Assert.False(result.Succeeded);
        Assert.Equal([second], result.FailedProfiles);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(second, error.Location.File);
        Assert.Equal("internal error while building this profile (InvalidOperationException): a bug in one profile", error.Message);
        // The other profile is built whole (the failing one may have made some files before the bug).
        Assert.Equal(Statuses.AllFiles, result.With(DocumentStatus.Built).Where(p => p.StartsWith("leidinggevende-", StringComparison.Ordinal)));
    }

    private sealed class ThrowingProgress(string profile) : IBuildProgress
    {
        public void Started(int profiles)
        {
        }

        public void Completed(DocumentResult result)
        {
            if (result.Profile == profile)
            {
                throw new InvalidOperationException("a bug in one profile");
            }
        }

        public void ProfileCompleted()
        {
        }
    }
}
