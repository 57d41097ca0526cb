using JobDescGen.Building;
using Xunit;

namespace JobDescGen.Build.Tests;

/// <summary>
/// Issue 12: where a --name change made a file name into a folder name (or back), every later
/// build failed, --force included. The build's own files in the way are now cleared first.
/// </summary>
public sealed class NameChangeTests : IDisposable
{
    private const string Flat = "{level}.{ext}";
    private const string Nested = "{level}.{ext}/{profile}.{ext}";

    private readonly BuildWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void A_file_name_that_becomes_a_folder_name_builds()
    {
        _workspace.Build(_workspace.Request(name: Flat));

        var result = _workspace.Build(_workspace.Request(name: Nested));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Select(d => d.Message)));
        Assert.Equal(["A1.md/leidinggevende.md", "A2.md/leidinggevende.md", "B.md/leidinggevende.md", "C.md/leidinggevende.md", "manifest.json", "overview.md/leidinggevende.md"], _workspace.OutputFiles());
        Assert.True(_workspace.Check(_workspace.Request(name: Nested)).Succeeded);
    }

    [Fact]
    public void A_folder_name_that_becomes_a_file_name_again_builds()
    {
        _workspace.Build(_workspace.Request(name: Flat));
        _workspace.Build(_workspace.Request(name: Nested));

        var result = _workspace.Build(_workspace.Request(name: Flat));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Select(d => d.Message)));
        Assert.Equal(["A1.md", "A2.md", "B.md", "C.md", "manifest.json", "overview.md"], _workspace.OutputFiles());
    }

    [Fact]
    public void A_user_file_in_the_way_is_kept_and_named_in_a_hint_that_works()
    {
        _workspace.Build(_workspace.Request(name: Flat));
        File.AppendAllText(Path.Combine(_workspace.Output, "A1.md"), "\nhand-edited\n");

        var failed = _workspace.Build(_workspace.Request(name: Nested, force: true));
        var error = Assert.Single(failed.Diagnostics);
        File.Delete(Path.Combine(_workspace.Output, "A1.md"));
        var after = _workspace.Build(_workspace.Request(name: Nested));

        Assert.Equal(["A1.md/leidinggevende.md"], failed.With(DocumentStatus.Failed));
        Assert.Equal("cannot write the file: 'A1.md' is a regular file where the folder of 'A1.md/leidinggevende.md' must be", error.Message);
        Assert.Equal("'A1.md' was not made by this build (or was changed since): move it away, then build again", error.Hint);
        Assert.True(after.Succeeded);
    }
}
