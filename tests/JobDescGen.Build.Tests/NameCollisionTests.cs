using JobDescGen.Building;
using Xunit;

namespace JobDescGen.Build.Tests;

/// <summary>Issue 12: a name collision reported "4 built" for a build of 8 files, and the 4 not written were counted nowhere.</summary>
public sealed class NameCollisionTests : IDisposable
{
    private readonly BuildWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Files_not_written_for_a_name_collision_count_as_failed()
    {
        var result = _workspace.Build(_workspace.Request(name: "{profile}.{ext}"));

        Assert.False(result.Succeeded);
        Assert.Equal(1, result.Count(DocumentStatus.Built));
        Assert.Equal(4, result.Count(DocumentStatus.Failed));
        Assert.Equal(DocumentKind.Overview, result.Files.Single(f => f.Status == DocumentStatus.Failed && f.Level == OutputNamePattern.OverviewLevel).Kind);
        Assert.Equal(["leidinggevende.md", "manifest.json"], _workspace.OutputFiles());
    }
}
