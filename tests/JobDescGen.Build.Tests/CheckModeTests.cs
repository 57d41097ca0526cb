using JobDescGen.Building;

namespace JobDescGen.Build.Tests;

public sealed class CheckModeTests : IDisposable
{
    private readonly BuildWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void A_fresh_build_checks_clean_and_the_check_writes_nothing()
    {
        _workspace.Build();
        var before = Snapshot();

        var result = _workspace.Check();

        Assert.True(result.Succeeded);
        Assert.Equal(Statuses.AllFiles, result.With(DocumentStatus.Unchanged));
        Assert.Equal(ManifestStatus.Unchanged, result.Manifest);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Missing_stale_and_extra_files_are_each_reported()
    {
        _workspace.Build();
        File.Delete(Path.Combine(_workspace.Output, "leidinggevende-B.md"));
        File.AppendAllText(Path.Combine(_workspace.Output, "leidinggevende-A1.md"), "edited by hand\n");
        Directory.CreateDirectory(Path.Combine(_workspace.Output, "old"));
        File.WriteAllText(Path.Combine(_workspace.Output, "old", "leftover.md"), "x");
        var before = Snapshot();

        var result = _workspace.Check();

        Assert.False(result.Succeeded);
        Assert.Equal(["leidinggevende-B.md"], result.With(DocumentStatus.Missing));
        Assert.Equal(["leidinggevende-A1.md"], result.With(DocumentStatus.Stale));
        Assert.Equal(["old/leftover.md"], result.With(DocumentStatus.Extra));
        Assert.Equal(["leidinggevende-A2.md", "leidinggevende-C.md", Statuses.Overview], result.With(DocumentStatus.Unchanged));
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void A_stale_missing_or_extra_overview_is_reported_like_any_file()
    {
        _workspace.Build();
        var overview = Path.Combine(_workspace.Output, Statuses.Overview);
        File.AppendAllText(overview, "edited by hand\n");
        Assert.Equal([Statuses.Overview], _workspace.Check().With(DocumentStatus.Stale));

        File.Delete(overview);
        var missing = _workspace.Check();
        Assert.Equal([Statuses.Overview], missing.With(DocumentStatus.Missing));
        Assert.Equal(DocumentKind.Overview, missing.Files.Single(f => f.Status == DocumentStatus.Missing).Kind);

        _workspace.Build();
        File.WriteAllText(Path.Combine(_workspace.Output, "ontslagen-overview.md"), "x");
        var extra = _workspace.Check();
        Assert.Equal(["ontslagen-overview.md"], extra.With(DocumentStatus.Extra));
        Assert.Equal([.. Statuses.AllFiles], extra.With(DocumentStatus.Unchanged));
        Assert.False(extra.Succeeded);
    }

    [Fact]
    public void A_stale_manifest_fails_the_check()
    {
        _workspace.Build();
        var manifest = Path.Combine(_workspace.Output, "manifest.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("1.0.0-test", "0.9.0", StringComparison.Ordinal));

        var result = _workspace.Check();

        Assert.Equal(ManifestStatus.Stale, result.Manifest);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Checking_an_output_folder_that_does_not_exist_lists_everything_missing_and_creates_nothing()
    {
        var result = _workspace.Check();

        Assert.Equal(Statuses.AllFiles, result.With(DocumentStatus.Missing));
        Assert.Equal(ManifestStatus.Missing, result.Manifest);
        Assert.False(Directory.Exists(_workspace.Output));
    }

    [Fact]
    public void The_command_exits_1_and_names_every_difference()
    {
        _workspace.Build(_workspace.Request(toolVersion: Cli.Commands.BuildCommand.ToolVersion()));
        File.Delete(Path.Combine(_workspace.Output, "leidinggevende-B.md"));
        File.WriteAllText(Path.Combine(_workspace.Output, "notes.txt"), "x");

        var (exit, output, error) = _workspace.Cli("build", "--check", "--formats", "md", "--out", _workspace.Output, "--quiet");

        Assert.Equal(1, exit);
        Assert.Equal(
            [$"extra      {Path.Combine(_workspace.Output, "notes.txt")}", $"missing    {Path.Combine(_workspace.Output, "leidinggevende-B.md")}"],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
        Assert.Contains("is not what the build makes", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_then_check_twice_through_the_command_line_succeeds()
    {
        Assert.Equal(0, _workspace.Cli("build", "--formats", "md", "--out", _workspace.Output).Exit);
        var first = _workspace.Cli("build", "--check", "--formats", "md", "--out", _workspace.Output);
        var second = _workspace.Cli("build", "--check", "--formats", "md", "--out", _workspace.Output);

        Assert.Equal((0, string.Empty), (first.Exit, first.Error));
        Assert.Equal((0, string.Empty), (second.Exit, second.Error));
    }

    private Dictionary<string, (string Hash, DateTime Time)> Snapshot() =>
        _workspace.OutputFiles().ToDictionary(
            f => f,
            f => (Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(_workspace.Output, f)))), File.GetLastWriteTimeUtc(Path.Combine(_workspace.Output, f))));
}
