using JobDescGen.Building;
using Xunit;

namespace JobDescGen.Build.Tests;

/// <summary>
/// Issue 12, critical 5: the outside-the-folder check compared path strings, so links inside --out
/// were followed: a manifest entry deleted a file outside, the clean-up of temporary files and
/// --name wrote and deleted through linked folders, and out/usr -> /usr ran --check out of memory.
/// </summary>
public sealed class OutputLinkTests : IDisposable
{
    private readonly BuildWorkspace _workspace = new();

    private string Elsewhere => Path.Combine(_workspace.Root, "elsewhere");

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void A_name_pattern_never_writes_through_a_linked_sub_folder()
    {
        Directory.CreateDirectory(_workspace.Output);
        Directory.CreateDirectory(Elsewhere);
        File.CreateSymbolicLink(Path.Combine(_workspace.Output, "A1"), Elsewhere);

        var result = _workspace.Build(_workspace.Request(name: "{level}/{profile}.{ext}"));

        Assert.Empty(Directory.EnumerateFileSystemEntries(Elsewhere));
        Assert.Equal(["A1/leidinggevende.md"], result.With(DocumentStatus.Failed));
        Assert.Equal(["A2/leidinggevende.md", "B/leidinggevende.md", "C/leidinggevende.md", "overview/leidinggevende.md"], result.With(DocumentStatus.Built));
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal($"cannot write the file: 'A1' is a link (to {Elsewhere}); the build never writes or deletes through a link", error.Message);
        Assert.Equal("replace the link 'A1' with a real folder, or build into another --out", error.Hint);
    }

    [Fact]
    public void A_manifest_entry_under_a_linked_folder_deletes_nothing_outside()
    {
        _workspace.Build(_workspace.Request(name: "{level}/{profile}.{ext}"));
        var outside = Path.Combine(Elsewhere, "leidinggevende.md");
        Directory.CreateDirectory(Elsewhere);
        File.Copy(Path.Combine(_workspace.Output, "A1", "leidinggevende.md"), outside);
        Directory.Delete(Path.Combine(_workspace.Output, "A1"), recursive: true);
        File.CreateSymbolicLink(Path.Combine(_workspace.Output, "A1"), Elsewhere);

        // Dropping A1 makes its entry obsolete: the build would delete A1/leidinggevende.md.
        _workspace.Build(_workspace.Request(name: "{level}/{profile}.{ext}", levels: ["A2", "B", "C"]));
        _workspace.Build(_workspace.Request(name: "{level}/{profile}.{ext}"));

        Assert.True(File.Exists(outside));
    }

    [Fact]
    public void The_clean_up_of_temporary_files_does_not_follow_a_linked_folder()
    {
        Directory.CreateDirectory(Elsewhere);
        var foreign = Path.Combine(Elsewhere, $".notes.txt.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(foreign, "someone else's");
        Directory.CreateDirectory(_workspace.Output);
        File.CreateSymbolicLink(Path.Combine(_workspace.Output, "linked"), Elsewhere);

        var result = _workspace.Build();

        Assert.True(File.Exists(foreign));
        Assert.Empty(result.With(DocumentStatus.Deleted));
    }

    [Fact]
    public void A_link_to_a_big_tree_is_one_extra_entry_for_check_and_ignored_by_build()
    {
        // out/usr -> /usr made build walk the whole tree and --check run out of memory.
        _workspace.Build();
        File.CreateSymbolicLink(Path.Combine(_workspace.Output, "usr"), "/usr");

        var build = _workspace.Build();
        var check = _workspace.Check();

        Assert.True(build.Succeeded);
        Assert.Equal(["usr"], check.With(DocumentStatus.Extra));
    }

    [Fact]
    public void A_document_path_that_is_a_link_or_fifo_is_refused()
    {
        Directory.CreateDirectory(_workspace.Output);
        var target = Path.Combine(_workspace.Root, "target.md");
        File.WriteAllText(target, "keep");
        File.CreateSymbolicLink(Path.Combine(_workspace.Output, "leidinggevende-A1.md"), target);

        var result = _workspace.Build();
        var check = _workspace.Check();

        Assert.Equal("keep", File.ReadAllText(target));
        Assert.Equal(["leidinggevende-A1.md"], result.With(DocumentStatus.Failed));
        Assert.Contains(result.Diagnostics, d => d.Message.StartsWith("cannot write the file: 'leidinggevende-A1.md' is a link", StringComparison.Ordinal));
        Assert.Equal(["leidinggevende-A1.md"], check.With(DocumentStatus.Stale));
    }
}
