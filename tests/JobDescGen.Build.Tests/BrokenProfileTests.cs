using System.Text.Json;
using JobDescGen.Building;

namespace JobDescGen.Build.Tests;

public sealed class BrokenProfileTests : IDisposable
{
    private readonly BuildWorkspace _workspace = new();

    public BrokenProfileTests()
    {
        // A second profile beside the good one, with two mistakes: an unknown key and a level file
        // that names a level the catalogue does not have.
        var broken = _workspace.Profile("kapot");
        Directory.CreateDirectory(Path.Combine(broken, "levels"));
        File.WriteAllText(Path.Combine(broken, "profile.yaml"), File.ReadAllText(Path.Combine(_workspace.Profile(), "profile.yaml"))
            .Replace("id: leidinggevende", "id: kapot\nunknown_key: 1", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(broken, "levels", "Z9.yaml"), File.ReadAllText(Path.Combine(_workspace.Profile(), "levels", "A1.yaml"))
            .Replace("level: A1", "level: Z9", StringComparison.Ordinal));
    }

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void The_good_profile_is_built_and_every_problem_of_the_bad_one_is_reported()
    {
        var result = _workspace.Build();

        Assert.False(result.Succeeded);
        Assert.Equal(Statuses.AllFiles, result.With(DocumentStatus.Built));
        Assert.Equal([_workspace.Profile("kapot")], result.FailedProfiles);
        var errors = result.Diagnostics.Where(d => d.Severity == Diagnostics.DiagnosticSeverity.Error).ToList();
        Assert.Contains(errors, d => d.Location.File.EndsWith(Path.Combine("kapot", "profile.yaml"), StringComparison.Ordinal) && d.Message.Contains("unknown_key", StringComparison.Ordinal));
        Assert.Contains(errors, d => d.Location.File.EndsWith("Z9.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void The_command_exits_1_after_building_the_good_profile_and_prints_located_diagnostics()
    {
        var (exit, output, error) = _workspace.Cli("build", "--formats", "md", "--out", _workspace.Output);

        Assert.Equal(1, exit);
        Assert.All(Statuses.AllFiles, file => Assert.True(File.Exists(Path.Combine(_workspace.Output, file))));
        Assert.Matches(@"kapot[/\\]profile\.yaml:\d+:\d+: error: .*unknown_key", error);
        Assert.Matches(@"Z9\.yaml:\d+:\d+: error: ", error);
        Assert.Contains("1 profile not loaded", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_build_deletes_nothing_an_earlier_build_made()
    {
        Directory.Move(_workspace.Profile("kapot"), Path.Combine(_workspace.Root, "kapot-aside"));
        _workspace.Build();
        Directory.Move(Path.Combine(_workspace.Root, "kapot-aside"), _workspace.Profile("kapot"));
        File.WriteAllText(Path.Combine(_workspace.Profile(), "levels", "C.yaml"), "level: [broken\n");

        var result = _workspace.Build();

        Assert.False(result.Succeeded);
        Assert.Empty(result.With(DocumentStatus.Deleted));
        Assert.Contains("leidinggevende-C.md", _workspace.OutputFiles());
        Assert.Contains("leidinggevende-C.md", File.ReadAllText(Path.Combine(_workspace.Output, "manifest.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_report_lists_the_failed_profile_and_its_diagnostics()
    {
        var (exit, output, _) = _workspace.Cli("build", "--formats", "md", "--out", _workspace.Output, "--json");

        Assert.Equal(1, exit);
        using var report = JsonDocument.Parse(output);
        Assert.False(report.RootElement.GetProperty("succeeded").GetBoolean());
        Assert.Equal(_workspace.Profile("kapot"), report.RootElement.GetProperty("failedProfiles")[0].GetString());
        Assert.Contains(report.RootElement.GetProperty("diagnostics").EnumerateArray(), d =>
            d.GetProperty("severity").GetString() == "error" && d.GetProperty("file").GetString()!.EndsWith("Z9.yaml", StringComparison.Ordinal) && d.GetProperty("line").GetInt32() > 0);
    }
}
