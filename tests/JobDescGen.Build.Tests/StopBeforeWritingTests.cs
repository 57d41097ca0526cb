namespace JobDescGen.Build.Tests;

/// <summary>
/// The new-user trial: a wrong command line stops the build before anything is written, as
/// "--levels Z" does: a level no profile has, and a name pattern that gives two files one name.
/// </summary>
public sealed class StopBeforeWritingTests : IDisposable
{
    private readonly BuildWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void A_level_of_the_catalogue_that_no_profile_has_is_a_usage_error()
    {
        var (exit, output, error) = _workspace.Cli("build", "--formats", "md", "--out", _workspace.Output, "--levels", "A3");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"error: no profile in '{_workspace.Profiles}' has level 'A3' (--levels)", error, StringComparison.Ordinal);
        Assert.Contains("hint: the profiles have: C, B, A1, A2; to build A3, add levels/A3.yaml to a profile", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_workspace.Output));
    }

    [Fact]
    public void A_level_one_profile_has_is_built()
    {
        var (exit, _, error) = _workspace.Cli("build", "--formats", "md", "--out", _workspace.Output, "--levels", "a1");

        Assert.True(exit == 0, error);
        Assert.Equal(["leidinggevende-A1.md", "manifest.json"], _workspace.OutputFiles());
    }

    [Fact]
    public void A_level_file_not_named_after_a_level_leaves_the_check_to_the_build()
    {
        // "D-draft.yaml" could hold any level: the pre-check cannot tell, so it does not refuse.
        File.Move(Path.Combine(_workspace.Profile(), "levels", "C.yaml"), Path.Combine(_workspace.Profile(), "levels", "C-draft.yaml"));

        var (exit, _, error) = _workspace.Cli("build", "--formats", "md", "--out", _workspace.Output, "--levels", "C");

        Assert.DoesNotContain("no profile", error, StringComparison.Ordinal);
        Assert.Contains("leidinggevende-C.md", string.Join(' ', _workspace.OutputFiles()), StringComparison.Ordinal);
        Assert.Equal(0, exit);
    }

    [Fact]
    public void A_pattern_without_ext_for_two_formats_writes_nothing()
    {
        var (exit, output, error) = _workspace.Cli("build", "--formats", "md,html", "--out", _workspace.Output, "--name", "{profile}-{level}");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("error: the name pattern '{profile}-{level}' has no {ext}: the formats of each document would be written to the same file", error, StringComparison.Ordinal);
        Assert.Contains("hint: name every part that differs, for example --name \"{profile}-{level}.{ext}\" (nothing was written)", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_workspace.Output));
    }

    [Fact]
    public void A_pattern_without_level_for_every_level_writes_nothing()
    {
        var (exit, _, error) = _workspace.Cli("build", "--formats", "md", "--out", _workspace.Output, "--name", "{level}/{profile}");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);

        var (clash, _, clashError) = _workspace.Cli("build", "--formats", "md", "--out", Path.Combine(_workspace.Root, "other"), "--name", "{profile}.{ext}");

        Assert.Equal(2, clash);
        Assert.Contains("has no {level}: the levels and the overview of each profile would be written to the same file", clashError, StringComparison.Ordinal);
        Assert.Contains("--name \"{profile}-{level}.{ext}\"", clashError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_workspace.Root, "other")));
    }

    [Fact]
    public void One_format_and_one_level_need_neither_ext_nor_level()
    {
        var (exit, _, error) = _workspace.Cli("build", "--formats", "md", "--out", _workspace.Output, "--levels", "A1", "--name", "{profile}.md");

        Assert.True(exit == 0, error);
        Assert.Equal(["leidinggevende.md", "manifest.json"], _workspace.OutputFiles());
    }

    [Fact]
    public void A_pattern_without_profile_for_two_profiles_writes_nothing()
    {
        Testing.FolderCopy.Copy(_workspace.Profile(), Path.Combine(_workspace.Profiles, "tweede"));

        var (exit, _, error) = _workspace.Cli("build", "--formats", "md", "--out", _workspace.Output, "--name", "{level}.{ext}");

        Assert.Equal(2, exit);
        Assert.Contains("has no {profile}: the profiles would be written to the same file", error, StringComparison.Ordinal);
        Assert.Contains("--name \"{profile}-{level}.{ext}\"", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_workspace.Output));
    }
}
