using JobDescGen.Building;

namespace JobDescGen.Build.Tests;

public sealed class AtomicWriteTests : IDisposable
{
    private readonly BuildWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void A_build_leaves_no_temporary_files()
    {
        _workspace.Build();
        File.AppendAllText(Path.Combine(_workspace.Profile(), "profile.yaml"), "\n");
        _workspace.Build();

        Assert.Equal([.. Statuses.AllFiles, "manifest.json"], _workspace.OutputFiles().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_file_that_cannot_be_replaced_fails_alone_and_leaves_no_temporary_file()
    {
        // A folder where a document should go: the rename over it fails after the bytes were written.
        Directory.CreateDirectory(Path.Combine(_workspace.Output, "leidinggevende-B.md"));

        var result = _workspace.Build();

        Assert.False(result.Succeeded);
        Assert.Equal(["leidinggevende-B.md"], result.With(DocumentStatus.Failed));
        Assert.Equal(["leidinggevende-A1.md", "leidinggevende-A2.md", "leidinggevende-C.md", Statuses.Overview], result.With(DocumentStatus.Built));
        Assert.Contains(result.Diagnostics, d => d.Location.File.EndsWith("leidinggevende-B.md", StringComparison.Ordinal) && d.Message.StartsWith("cannot write", StringComparison.Ordinal));
        Assert.Empty(Directory.EnumerateFiles(_workspace.Output, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Temporary_files_a_killed_build_left_are_reported_by_check_and_removed_by_build()
    {
        _workspace.Build();
        var leftover = Path.Combine(_workspace.Output, $".leidinggevende-A1.md.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(leftover, "half a docu");

        Assert.Equal([Path.GetFileName(leftover)], _workspace.Check().With(DocumentStatus.Extra));
        var result = _workspace.Build();

        Assert.True(result.Succeeded);
        Assert.Equal([Path.GetFileName(leftover)], result.With(DocumentStatus.Deleted));
        Assert.False(File.Exists(leftover));
    }
}
