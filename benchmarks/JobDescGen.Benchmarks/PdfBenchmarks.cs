// Run from the repository root (Release, all benchmarks, about a minute on two cores):
//   dotnet run -c Release --project benchmarks/JobDescGen.Benchmarks -- --filter '*'
using BenchmarkDotNet.Attributes;
using JobDescGen.Diagnostics;
using JobDescGen.Generation;
using JobDescGen.Marking;
using JobDescGen.Loading;
using JobDescGen.Model;
using JobDescGen.Pdf;
using JobDescGen.Pdf.Theme;
using JobDescGen.Rendering;

namespace JobDescGen.Benchmarks;

/// <summary>
/// The time one PDF job description takes once the process is warm (fonts parsed, templates
/// compiled): what a batch of many profiles pays per document.
/// </summary>
[MemoryDiagnoser]
public class PdfBenchmarks
{
    private RoleProfile _profile = null!;
    private JobDescriptionGenerator _generator = null!;
    private PdfDocumentWriter _writer = null!;
    private RenderedDocument _markdown = null!;

    /// <summary>The level to write; A2 has the most text.</summary>
    [Params("C", "A2")]
    public string Level { get; set; } = "A2";

    /// <summary>Loads the bundled profile and the built-in theme once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var loaded = ProfileSetLoader.Load(Path.Combine(RepositoryRoot(), "profiles", "leidinggevende"));
        _profile = loaded.Profile ?? throw new InvalidOperationException("the bundled profile did not load");
        _generator = new JobDescriptionGenerator(new TemplateSource(null), new DateOnly(2026, 3, 1));
        _writer = new PdfDocumentWriter(ThemeLoader.Load(null, new DiagnosticBag())!);
        _markdown = _generator.Generate(_profile, Level).Required;
    }

    /// <summary>Markdown to PDF bytes: layout, drawing, font subsetting, saving.</summary>
    [Benchmark]
    public byte[] WritePdf() => _writer.Write(_markdown);

    /// <summary>The whole pipeline after loading: resolve, render the template, write the PDF.</summary>
    [Benchmark]
    public byte[] GenerateAndWritePdf() => _writer.Write(_generator.Generate(_profile, Level).Required);

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "JobDescGen.sln")))
            {
                return directory.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
