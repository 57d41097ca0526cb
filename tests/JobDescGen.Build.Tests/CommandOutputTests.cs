using System.Text.Json;
using JobDescGen.Testing;

namespace JobDescGen.Build.Tests;

public sealed class CommandOutputTests : IDisposable
{
    private readonly BuildWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Without_a_terminal_each_file_gets_one_line_then_a_summary()
    {
        var (exit, output, error) = _workspace.Cli("build", "--formats", "md", "--out", _workspace.Output);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Length);
        Assert.Equal(Statuses.AllFiles.Select(f => $"built      {Path.Combine(_workspace.Output, f)}"), lines[..5].Order(StringComparer.Ordinal));
        Assert.Matches(@"^build: 5 built, 0 up-to-date, 0 deleted, 0 failed; manifest written; \d+\.\d\d s$", lines[5]);
    }

    [Fact]
    public void Quiet_prints_nothing_when_all_is_well()
    {
        var (exit, output, error) = _workspace.Cli("build", "--formats", "md", "--out", _workspace.Output, "--quiet");

        Assert.Equal((0, string.Empty, string.Empty), (exit, output, error));
        Assert.Equal(6, _workspace.OutputFiles().Count);
    }

    [Fact]
    public void The_json_report_has_mode_counts_files_and_diagnostics()
    {
        _workspace.Cli("build", "--formats", "md", "--out", _workspace.Output, "--levels", "A1,B");

        var (exit, output, _) = _workspace.Cli("build", "--formats", "md", "--out", _workspace.Output, "--json");

        Assert.Equal(0, exit);
        using var report = JsonDocument.Parse(output);
        var root = report.RootElement;
        Assert.Equal(
            ["schemaVersion", "mode", "succeeded", "toolVersion", "elapsedMs", "counts", "manifest", "failedProfiles", "files", "diagnostics"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("build", root.GetProperty("mode").GetString());
        Assert.True(root.GetProperty("succeeded").GetBoolean());
        // The version the project declares (its one place), as the manifest on disk records it too.
        var declared = System.Xml.Linq.XDocument.Load(RepoPaths.Of("Directory.Build.props")).Descendants("VersionPrefix").Single().Value;
        var reported = root.GetProperty("toolVersion").GetString()!;
        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(declared)}([-+].*)?$", reported);
        Assert.Contains($"\"toolVersion\": \"{reported}\"", File.ReadAllText(Path.Combine(_workspace.Output, "manifest.json")), StringComparison.Ordinal);
        var counts = root.GetProperty("counts");
        // A2, C and the overview (made only by a build of every level) are new.
        Assert.Equal((3, 2, 0), (counts.GetProperty("built").GetInt32(), counts.GetProperty("upToDate").GetInt32(), counts.GetProperty("failed").GetInt32()));
        Assert.Equal("written", root.GetProperty("manifest").GetString());
        var files = root.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(Statuses.AllFiles, files.Select(f => f.GetProperty("path").GetString()));
        var a1 = files[0];
        Assert.Equal(("upToDate", "leidinggevende", "A1", "nl", "md", "level"), (a1.GetProperty("status").GetString(), a1.GetProperty("profile").GetString(), a1.GetProperty("level").GetString(), a1.GetProperty("language").GetString(), a1.GetProperty("format").GetString(), a1.GetProperty("kind").GetString()));
        var overview = files[4];
        Assert.Equal(("built", "overview", "overview"), (overview.GetProperty("status").GetString(), overview.GetProperty("level").GetString(), overview.GetProperty("kind").GetString()));
        Assert.Equal(new FileInfo(Path.Combine(_workspace.Output, "leidinggevende-A1.md")).Length, a1.GetProperty("size").GetInt64());
        Assert.Matches("^[0-9a-f]{64}$", a1.GetProperty("sha256").GetString());
        Assert.Equal(0, root.GetProperty("diagnostics").GetArrayLength());
    }

    [Theory]
    [InlineData("--formats", "rtf", "unknown format 'rtf'")]
    [InlineData("--levels", ",", "--levels names no level")]
    [InlineData("--name", "{who}.{ext}", "unknown placeholder '{who}'")]
    public void Bad_options_are_usage_errors(string option, string value, string message)
    {
        var (exit, _, error) = _workspace.Cli("build", "--out", _workspace.Output, option, value);

        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_level_no_catalogue_knows_is_reported()
    {
        var (exit, _, error) = _workspace.Cli("build", "--formats", "md", "--out", _workspace.Output, "--levels", "A9");

        Assert.Equal(2, exit); // a wrong command line, as 'generate --level A9' is
        Assert.Contains("unknown level 'A9'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_help_shows_the_command_with_examples()
    {
        var (exit, output, _) = _workspace.Cli("build", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("--check", output, StringComparison.Ordinal);
        Assert.Contains("jobdescgen build --check --out docs/job-descriptions", output, StringComparison.Ordinal);
    }
}
