// Run from the repository root (Release):
//   dotnet run -c Release --project benchmarks/JobDescGen.Benchmarks -- --filter '*HtmlBenchmarks*'
using BenchmarkDotNet.Attributes;
using JobDescGen.Diagnostics;
using JobDescGen.Generation;
using JobDescGen.Html;
using JobDescGen.Loading;
using JobDescGen.Marking;
using JobDescGen.Model;
using JobDescGen.Rendering;

namespace JobDescGen.Benchmarks;

/// <summary>
/// The time one HTML job description takes once the process is warm (page template parsed,
/// theme loaded): what a batch of many profiles pays per page.
/// </summary>
[MemoryDiagnoser]
public class HtmlBenchmarks
{
    private RoleProfile _profile = null!;
    private JobDescriptionGenerator _generator = null!;
    private HtmlDocumentWriter _writer = null!;
    private RenderedDocument _document = null!;

    /// <summary>The level to write; A2 has the most text.</summary>
    [Params("C", "A2")]
    public string Level { get; set; } = "A2";

    /// <summary>Loads the bundled profile, the theme and the page template once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        _profile = ProfileSetLoader.Load(Path.Combine(root, "profiles", "leidinggevende")).Profile
            ?? throw new InvalidOperationException("the bundled profile did not load");
        _generator = new JobDescriptionGenerator(new TemplateSource(null), new DateOnly(2026, 3, 1));
        _writer = HtmlDocumentWriter.Create(null, new DiagnosticBag()) ?? throw new InvalidOperationException("the built-in page template did not load");
        _document = _generator.Generate(_profile, Level).Required;
    }

    /// <summary>Marked document to HTML bytes: body renderers, stylesheet, page template.</summary>
    [Benchmark]
    public byte[] WriteHtml() => _writer.Write(_document);

    /// <summary>The whole pipeline after loading: resolve, render the template, parse and mark, write the HTML.</summary>
    [Benchmark]
    public byte[] GenerateAndWriteHtml() => _writer.Write(_generator.Generate(_profile, Level).Required);

    private static string FindRoot()
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
