using System.Text.Json;
using JobDescGen.Diagnostics;
using JobDescGen.Testing;
using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Cli;

public sealed class MachineReadableOutputTests
{
    private static readonly string[] DiagnosticKeys = ["file", "line", "column", "severity", "code", "message", "hint"];

    [Fact]
    public void Validate_json_reports_every_diagnostic_with_location_severity_code_and_hint()
    {
        using var temp = new TempFolder();
        var profiles = Broken(temp);

        var run = CliRun.Of("validate", profiles, "--json");

        Assert.Equal(1, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        var root = report.RootElement;
        Assert.Equal(["schemaVersion", "succeeded", "profiles", "documents", "counts", "diagnostics"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.False(root.GetProperty("succeeded").GetBoolean());
        Assert.Equal(2, root.GetProperty("counts").GetProperty("errors").GetInt32());
        var unknown = root.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "unknown-criterion");
        Assert.Equal(DiagnosticKeys, unknown.EnumerateObject().Select(p => p.Name).Take(DiagnosticKeys.Length));
        Assert.EndsWith("levels/B.yaml", unknown.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.Equal((4, 3), (unknown.GetProperty("line").GetInt32(), unknown.GetProperty("column").GetInt32()));
        Assert.Equal("error", unknown.GetProperty("severity").GetString());
        Assert.Equal("unknown criterion 'supervsie'", unknown.GetProperty("message").GetString());
        Assert.Equal("did you mean 'supervisie'?", unknown.GetProperty("hint").GetString());
    }

    [Fact]
    public void Validate_json_of_clean_profiles_succeeds_with_no_diagnostics()
    {
        var run = CliRun.Of("validate", RepoPaths.Profiles, "--json");
        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        Assert.True(report.RootElement.GetProperty("succeeded").GetBoolean());
        Assert.Equal((1, 4), (report.RootElement.GetProperty("profiles").GetInt32(), report.RootElement.GetProperty("documents").GetInt32()));
        Assert.Equal(0, report.RootElement.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public void List_json_has_each_profile_with_its_levels_in_rank_order_and_marks_broken_ones()
    {
        using var temp = new TempFolder();
        var profiles = temp.CopyFrom(RepoPaths.Profiles, "profiles");
        temp.Write("profiles/kapot/profile.yaml", "id: kapot\n");

        var run = CliRun.Of("list", "--profiles", profiles, "--json");

        Assert.Equal(1, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        Assert.Equal(1, report.RootElement.GetProperty("schemaVersion").GetInt32());
        var list = report.RootElement.GetProperty("profiles").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!);
        var good = list["leidinggevende"];
        Assert.Equal(["id", "folder", "valid", "title", "levels", "languages", "errors"], good.EnumerateObject().Select(p => p.Name));
        Assert.True(good.GetProperty("valid").GetBoolean());
        Assert.Equal("Leidinggevende", good.GetProperty("title").GetString());
        Assert.Equal(["C", "B", "A1", "A2"], good.GetProperty("levels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(["nl"], good.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.False(list["kapot"].GetProperty("valid").GetBoolean());
        Assert.Equal(JsonValueKind.Null, list["kapot"].GetProperty("title").ValueKind);
        Assert.True(list["kapot"].GetProperty("errors").GetInt32() > 0);
    }

    [Fact]
    public void A_failed_build_counts_the_failed_profiles_files_and_keeps_the_folder_consistent()
    {
        using var temp = new TempFolder();
        var profiles = temp.CopyFrom(RepoPaths.Profiles, "profiles");
        var output = temp.Of("site");
        Assert.Equal(0, CliRun.Of("build", "--profiles", profiles, "--out", output, "--formats", "md").ExitCode);
        var manifest = File.ReadAllText(Path.Combine(output, "manifest.json"));
        var levelFile = Path.Combine(profiles, "leidinggevende", "levels", "B.yaml");
        var good = File.ReadAllText(levelFile);
        File.WriteAllText(levelFile, good.Replace("  supervisie:", "  supervsie:", StringComparison.Ordinal));

        var failed = CliRun.Of("build", "--profiles", profiles, "--out", output, "--formats", "md", "--json");

        Assert.Equal(1, failed.ExitCode);
        using (var report = JsonDocument.Parse(failed.Output))
        {
            Assert.Equal(1, report.RootElement.GetProperty("schemaVersion").GetInt32());
            Assert.False(report.RootElement.GetProperty("succeeded").GetBoolean());
            Assert.Equal(4 + 1, report.RootElement.GetProperty("counts").GetProperty("failed").GetInt32()); // the four levels and the overview
        }

        // The failed profile keeps its record: once the cause is fixed, the folder is what a build makes.
        Assert.Equal(manifest, File.ReadAllText(Path.Combine(output, "manifest.json")));
        File.WriteAllText(levelFile, good);
        var check = CliRun.Of("build", "--profiles", profiles, "--out", output, "--formats", "md", "--check");
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("0 stale", check.Output, StringComparison.Ordinal);
        Assert.Contains("manifest unchanged", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_and_check_list_the_files_sorted_by_path_and_the_same_way_each_run()
    {
        using var temp = new TempFolder();
        var output = temp.Of("out");
        var build = CliRun.Of("build", "--profiles", RepoPaths.Profiles, "--out", output);
        var checks = Enumerable.Range(0, 3).Select(_ => CliRun.Of("build", "--profiles", RepoPaths.Profiles, "--out", output, "--check")).ToList();

        var built = Paths(build.Output, "built");
        Assert.True(built.Count >= 8, build.Output);
        Assert.Equal(built.Order(StringComparer.Ordinal), built);
        Assert.All(checks, check => Assert.Equal(built, Paths(check.Output, "unchanged")));
    }

    [Theory]
    [InlineData("unknown criterion 'supervsie'", "unknown-criterion")]
    [InlineData("level B has no statement for criterion 'contacten'", "level-has-no-statement-for-criterion")]
    [InlineData("'months' has 11 names, expected 12", "has-names-expected")]
    [InlineData("unknown level 'A9' in --levels", "unknown-level-in")]
    [InlineData("profiles/x.yaml is not UTF-8", "is-not")]
    [InlineData("'x'", "diagnostic")]
    public void A_code_is_the_message_without_its_values(string message, string code) =>
        Assert.Equal(code, DiagnosticCode.Of(message));

    private static string Broken(TempFolder temp)
    {
        var profiles = temp.CopyFrom(RepoPaths.Profiles, "profiles");
        var levelFile = Path.Combine(profiles, "leidinggevende", "levels", "B.yaml");
        File.WriteAllText(levelFile, File.ReadAllText(levelFile).Replace("  supervisie:", "  supervsie:", StringComparison.Ordinal));
        return profiles;
    }

    // The paths of the per-file lines with STATUS, in printed order.
    private static List<string> Paths(string output, string status) =>
        [.. output.Split('\n').Where(l => l.StartsWith(status + " ", StringComparison.Ordinal)).Select(l => l[status.Length..].Trim())];
}
