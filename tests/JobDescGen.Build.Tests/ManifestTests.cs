using System.Text;
using JobDescGen.Building;

namespace JobDescGen.Build.Tests;

public sealed class ManifestTests : IDisposable
{
    private readonly BuildWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void The_manifest_records_each_file_with_its_size_and_hash()
    {
        _workspace.Build();

        var manifest = ManifestSerializer.Deserialize(File.ReadAllBytes(Path.Combine(_workspace.Output, "manifest.json")));

        Assert.Equal("1.0.0-test", manifest.ToolVersion);
        Assert.Equal(Statuses.AllFiles, manifest.Entries.Select(e => e.Path));
        foreach (var entry in manifest.Entries)
        {
            var bytes = File.ReadAllBytes(Path.Combine(_workspace.Output, entry.Path));
            Assert.Equal(bytes.LongLength, entry.Size);
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), entry.Sha256);
            Assert.Equal(("leidinggevende", "nl", "md"), (entry.Profile, entry.Language, entry.Format));
            Assert.Equal(entry.Path, $"leidinggevende-{entry.Level}.md");
            Assert.Matches("^[0-9a-f]{64}$", entry.Inputs);
            Assert.Equal(entry.Level == "overview" ? DocumentKind.Overview : DocumentKind.Level, entry.Kind);
        }

        Assert.Contains("\"kind\": \"overview\"", File.ReadAllText(Path.Combine(_workspace.Output, "manifest.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_written_before_overviews_existed_reads_every_file_as_a_level()
    {
        var bytes = Encoding.UTF8.GetBytes("""
            {"manifestVersion": 1, "tool": "jobdescgen", "toolVersion": "0.1.0",
             "files": [{"path": "p-A1.md", "profile": "p", "level": "A1", "language": "nl", "format": "md", "size": 1, "sha256": "a", "inputs": "b"}]}
            """);

        Assert.Equal(DocumentKind.Level, Assert.Single(ManifestSerializer.Deserialize(bytes).Entries).Kind);
    }

    [Fact]
    public void An_unknown_kind_makes_the_manifest_unreadable()
    {
        var bytes = Encoding.UTF8.GetBytes("""
            {"manifestVersion": 1, "tool": "jobdescgen", "toolVersion": "0.1.0",
             "files": [{"path": "p-A1.md", "profile": "p", "level": "A1", "language": "nl", "format": "md", "kind": "poster", "size": 1, "sha256": "a", "inputs": "b"}]}
            """);

        Assert.Contains("unknown kind 'poster'", Assert.Throws<FormatException>(() => ManifestSerializer.Deserialize(bytes)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_builds_into_different_folders_write_identical_manifest_bytes()
    {
        _workspace.Build();
        var first = File.ReadAllBytes(Path.Combine(_workspace.Output, "manifest.json"));
        Directory.Delete(_workspace.Output, recursive: true);

        _workspace.Build(_workspace.Request(force: true));
        var second = File.ReadAllBytes(Path.Combine(_workspace.Output, "manifest.json"));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Serializing_sorts_entries_by_path_and_uses_plain_newlines()
    {
        ManifestEntry Entry(string path) => new(path, "p", "A1", "nl", "md", 10, new string('a', 64), new string('b', 64));
        var one = new BuildManifest("1.0", [Entry("b.md"), Entry("a.md"), Entry("sub/c.md")]);
        var other = new BuildManifest("1.0", [Entry("sub/c.md"), Entry("b.md"), Entry("a.md")]);

        var bytes = ManifestSerializer.Serialize(one);

        Assert.Equal(bytes, ManifestSerializer.Serialize(other));
        var text = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain('\r', text);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("a.md", StringComparison.Ordinal) < text.IndexOf("b.md", StringComparison.Ordinal));
        Assert.True(text.IndexOf("b.md", StringComparison.Ordinal) < text.IndexOf("sub/c.md", StringComparison.Ordinal));
        Assert.Equal(one.Entries, ManifestSerializer.Deserialize(bytes).Entries);
    }

    [Fact]
    public void A_damaged_manifest_is_reported_and_everything_is_rebuilt()
    {
        _workspace.Build();
        File.WriteAllText(Path.Combine(_workspace.Output, "manifest.json"), "{ not json");

        var result = _workspace.Build();

        Assert.Equal(Statuses.AllFiles, result.With(DocumentStatus.Built));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("manifest cannot be read", StringComparison.Ordinal));
        Assert.Equal(ManifestStatus.Written, result.Manifest);
    }
}
