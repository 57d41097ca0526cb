using JobDescGen.Building;
using JobDescGen.Diagnostics;
using JobDescGen.Generation;
using JobDescGen.Loading;
using JobDescGen.Pdf;
using JobDescGen.Testing;
using JobDescGen.Rendering;
using JobDescGen.Writing;

namespace JobDescGen.Build.Tests;

public sealed class PdfBuildTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "jobdescgen-pdf-build-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Pdfs_built_in_parallel_have_the_bytes_of_pdfs_written_one_at_a_time()
    {
        var profiles = Path.Combine(_root, "profiles");
        new SyntheticProfileWriter(11, ["nl"]).WriteAll(profiles, 4);
        var date = new DateOnly(2026, 1, 1);
        var writer = PdfDocumentWriter.Create(null, new DiagnosticBag())!;
        var request = new BuildRequest(profiles, Path.Combine(_root, "out"), [new MarkdownDocumentWriter(), writer], null, OutputNamePattern.Parse(OutputNamePattern.Default), null, date, "test");

        var result = new BuildRunner(request).Run(BuildMode.Write);

        Assert.True(result.Succeeded);
        Assert.Equal(4 * (4 + 1) * 2, result.Count(DocumentStatus.Built));
        var generator = new JobDescriptionGenerator(new TemplateSource(null), date);
        foreach (var pdf in result.Files.Where(f => f.Format == "pdf"))
        {
            var profile = ProfileSetLoader.Load(Path.Combine(profiles, pdf.Profile!)).Profile!;
            var generated = pdf.Kind == DocumentKind.Overview ? generator.GenerateOverview(profile, pdf.Language!) : generator.Generate(profile, pdf.Level!);
            var alone = PdfDocumentWriter.Create(null, new DiagnosticBag())!.Write(generated.Required);
            Assert.Equal(alone, File.ReadAllBytes(Path.Combine(request.OutputDirectory, pdf.Path)));
        }

        Assert.True(new BuildRunner(request).Run(BuildMode.Check).Succeeded);
    }

    [Fact]
    public void A_theme_change_rebuilds_the_pdfs()
    {
        var templates = Path.Combine(_root, "templates");
        Directory.CreateDirectory(templates);
        var profiles = Path.Combine(_root, "profiles");
        new SyntheticProfileWriter(5, ["nl"]).WriteAll(profiles, 1);
        BuildRequest Request() => new(profiles, Path.Combine(_root, "out"), [PdfDocumentWriter.Create(templates, new DiagnosticBag())!], null, OutputNamePattern.Parse(OutputNamePattern.Default), templates, new DateOnly(2026, 1, 1), "test");
        new BuildRunner(Request()).Run(BuildMode.Write);
        var before = File.ReadAllBytes(Path.Combine(_root, "out", "functie-0001-A1.pdf"));

        File.WriteAllText(Path.Combine(templates, "theme.yaml"), "text:\n  align: left\n");
        var result = new BuildRunner(Request()).Run(BuildMode.Write);

        Assert.Equal(4 + 1, result.Count(DocumentStatus.Built));
        Assert.NotEqual(before, File.ReadAllBytes(Path.Combine(_root, "out", "functie-0001-A1.pdf")));
    }

    [Fact]
    public void A_broken_theme_stops_the_build_before_anything_is_written()
    {
        using var workspace = new BuildWorkspace();
        File.WriteAllText(Path.Combine(workspace.Templates, "theme.yaml"), "page:\n  size: B7\n");

        var (exit, _, error) = workspace.Cli("build", "--out", workspace.Output);

        Assert.Equal(1, exit);
        Assert.Matches(@"theme\.yaml:2:9: error: 'page\.size' cannot be 'B7'", error);
        Assert.False(Directory.Exists(workspace.Output));
    }

    [Fact]
    public void Every_registered_format_is_built_by_default_and_check_clean()
    {
        using var workspace = new BuildWorkspace();
        var extensions = Cli.Infrastructure.ToolFormats.Registry.All.Select(f => f.Extension).ToList();

        var (exit, output, _) = workspace.Cli("build", "--out", workspace.Output);

        Assert.Equal(0, exit);
        Assert.All((string[])["md", "pdf", "docx", "html"], e => Assert.Contains(e, extensions));
        Assert.Contains($"build: {Statuses.AllFiles.Length * extensions.Count} built", output, StringComparison.Ordinal);
        string[] expected = [.. extensions.SelectMany(e => Statuses.AllFiles.Select(f => Path.ChangeExtension(f, e))), "manifest.json"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), workspace.OutputFiles());
        Assert.All(workspace.OutputFiles().Where(f => f.EndsWith(".pdf", StringComparison.Ordinal)), f =>
            Assert.Equal("%PDF-"u8.ToArray(), File.ReadAllBytes(Path.Combine(workspace.Output, f))[..5]));
        Assert.Equal(0, workspace.Cli("build", "--out", workspace.Output, "--check").Exit);
    }
}
