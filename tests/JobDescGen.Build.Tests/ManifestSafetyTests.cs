using System.Text;
using JobDescGen.Building;
using Xunit;

namespace JobDescGen.Build.Tests;

/// <summary>
/// Issue 12: the manifest deleted a user's file listed in it, and an entry '../../x' or a
/// duplicated entry ended in exit 70. A manifest is a file anyone can edit.
/// </summary>
public sealed class ManifestSafetyTests : IDisposable
{
    private readonly BuildWorkspace _workspace = new();

    private string ManifestPath => Path.Combine(_workspace.Output, BuildPlanner.ManifestFileName);

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void A_user_file_listed_in_the_manifest_is_not_deleted()
    {
        _workspace.Build();
        var readme = Path.Combine(_workspace.Output, "README.txt");
        File.WriteAllText(readme, "our notes");
        var manifest = ManifestSerializer.Deserialize(File.ReadAllBytes(ManifestPath));
        var listed = new BuildManifest(manifest.ToolVersion, [.. manifest.Entries, manifest.Entries[0] with { Path = "README.txt", Level = "Z" }], manifest.Profiles);
        File.WriteAllBytes(ManifestPath, ManifestSerializer.Serialize(listed));

        var result = _workspace.Build();

        Assert.Equal("our notes", File.ReadAllText(readme));
        Assert.DoesNotContain("README.txt", result.With(DocumentStatus.Deleted));
    }

    [Fact]
    public void A_changed_document_listed_as_obsolete_is_kept()
    {
        _workspace.Build();
        var a1 = Path.Combine(_workspace.Output, "leidinggevende-A1.md");
        File.AppendAllText(a1, "\nhand-edited\n");

        var result = _workspace.Build(_workspace.Request(name: "{level}/{profile}.{ext}"));

        Assert.True(File.Exists(a1));
        Assert.Equal(["leidinggevende-A2.md", "leidinggevende-B.md", "leidinggevende-C.md", Statuses.Overview], result.With(DocumentStatus.Deleted));
    }

    [Theory]
    [InlineData("../../x")]
    [InlineData("/etc/passwd")]
    [InlineData("a/../../x")]
    [InlineData("")]
    public void An_entry_outside_the_folder_makes_the_manifest_untrusted_not_a_crash(string path)
    {
        _workspace.Build();
        var victim = Path.Combine(_workspace.Root, "x");
        File.WriteAllText(victim, "outside");
        Rewrite(json => json.Replace("\"path\": \"leidinggevende-A1.md\"", $"\"path\": \"{path}\"", StringComparison.Ordinal));

        var (exit, _, error) = _workspace.Cli("build", "--out", _workspace.Output, "--formats", "md");

        Assert.Equal(0, exit);
        Assert.Contains($"warning: the manifest cannot be read (the entry '{path}' is not a path inside the output folder); every document is rebuilt", error, StringComparison.Ordinal);
        Assert.Equal("outside", File.ReadAllText(victim));
    }

    [Fact]
    public void A_duplicated_entry_makes_the_manifest_untrusted_not_a_crash()
    {
        _workspace.Build();
        Rewrite(json => json.Replace("\"path\": \"leidinggevende-A2.md\"", "\"path\": \"leidinggevende-A1.md\"", StringComparison.Ordinal));

        var (exit, _, error) = _workspace.Cli("build", "--out", _workspace.Output, "--formats", "md");
        var check = _workspace.Cli("build", "--out", _workspace.Output, "--formats", "md", "--check");

        Assert.Equal(0, exit);
        Assert.Contains("the entry 'leidinggevende-A1.md' is listed twice", error, StringComparison.Ordinal);
        Assert.Equal(0, check.Exit);
    }

    [Fact]
    public void A_manifest_that_is_a_fifo_is_reported_not_read()
    {
        _workspace.Build();
        File.Delete(ManifestPath);
        using (var process = System.Diagnostics.Process.Start("mkfifo", [ManifestPath]))
        {
            process.WaitForExit();
        }

        var (exit, _, error) = _workspace.Cli("build", "--out", _workspace.Output, "--formats", "md", "--check");

        Assert.Equal(1, exit);
        Assert.Contains("the manifest cannot be read ('manifest.json' is a FIFO (named pipe), not a regular file)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_that_cannot_be_written_is_one_error_of_the_report_not_the_end_of_it()
    {
        // A full disk threw out of the build at the manifest: the lines of every document were lost.
        var elsewhere = Path.Combine(_workspace.Root, "elsewhere.json");
        File.WriteAllText(elsewhere, "{}");
        Directory.CreateDirectory(_workspace.Output);
        File.CreateSymbolicLink(ManifestPath, elsewhere);

        var (exit, output, error) = _workspace.Cli("build", "--out", _workspace.Output, "--formats", "md");

        Assert.Equal(1, exit);
        Assert.Contains($"built      {Path.Combine(_workspace.Output, "leidinggevende-A1.md")}", output, StringComparison.Ordinal);
        Assert.Contains("manifest missing", output, StringComparison.Ordinal);
        Assert.Contains($"{ManifestPath}: error: cannot write the manifest: 'manifest.json' is a link", error, StringComparison.Ordinal);
        Assert.Equal("{}", File.ReadAllText(elsewhere));
    }

    private void Rewrite(Func<string, string> change) =>
        File.WriteAllText(ManifestPath, change(File.ReadAllText(ManifestPath, Encoding.UTF8)));
}
