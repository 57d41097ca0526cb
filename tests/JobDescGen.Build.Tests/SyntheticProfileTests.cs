using JobDescGen.Building;
using JobDescGen.Testing;
using JobDescGen.Writing;

namespace JobDescGen.Build.Tests;

public sealed class SyntheticProfileTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "jobdescgen-synthetic-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Generated_bilingual_profiles_build_cleanly_with_the_language_in_every_name()
    {
        var profiles = Path.Combine(_root, "profiles");
        new SyntheticProfileWriter(7, ["nl", "fr"]).WriteAll(profiles, 3);
        var request = new BuildRequest(profiles, Path.Combine(_root, "out"), [new MarkdownDocumentWriter()], null, OutputNamePattern.Parse(OutputNamePattern.Default), null, new DateOnly(2026, 1, 1), "test");

        var result = new BuildRunner(request).Run(BuildMode.Write);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Headline)));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(3 * (4 + 1) * 2, result.Count(DocumentStatus.Built));
        Assert.Contains("functie-0002-A1-fr.md", result.With(DocumentStatus.Built));
        Assert.Contains("functie-0002-overview-fr.md", result.With(DocumentStatus.Built));
        Assert.All(result.Files, f => Assert.EndsWith($"-{f.Language}.md", f.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_seed_writes_the_same_profiles()
    {
        var written = new SyntheticProfileWriter(3, ["nl"]).WriteAll(Path.Combine(_root, "a"), 2);
        new SyntheticProfileWriter(3, ["nl"]).WriteAll(Path.Combine(_root, "b"), 2);
        new SyntheticProfileWriter(4, ["nl"]).WriteAll(Path.Combine(_root, "c"), 2);

        // levels.yaml, and per profile profile.yaml and four level files.
        var files = Files("a");
        Assert.Equal(1 + (2 * 5), written);
        Assert.Equal(written, files.Count);
        Assert.Equal(files.Keys, Files("b").Keys);
        Assert.All(files, file => Assert.Equal(file.Value, Files("b")[file.Key]));

        // Another seed writes other text into the same files: the seed is what makes them equal.
        Assert.Equal(files.Keys, Files("c").Keys);
        Assert.NotEqual(files["functie-0001/profile.yaml"], Files("c")["functie-0001/profile.yaml"]);
    }

    private Dictionary<string, string> Files(string folder)
    {
        var root = Path.Combine(_root, folder);
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);
    }
}
