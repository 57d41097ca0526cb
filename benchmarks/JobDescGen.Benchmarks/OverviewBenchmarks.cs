// Run from the repository root (Release):
//   dotnet run -c Release --project benchmarks/JobDescGen.Benchmarks -- --filter '*OverviewBenchmarks*'
using BenchmarkDotNet.Attributes;
using JobDescGen.Diagnostics;
using JobDescGen.Generation;
using JobDescGen.Loading;
using JobDescGen.Marking;
using JobDescGen.Model;
using JobDescGen.Pdf;
using JobDescGen.Rendering;
using JobDescGen.Writing;

namespace JobDescGen.Benchmarks;

/// <summary>
/// One overview of the bundled profile (its four levels side by side) once the process is warm:
/// what <c>build</c> pays per profile and language for it, on top of the levels' documents.
/// </summary>
[MemoryDiagnoser]
public class OverviewBenchmarks
{
    private RoleProfile _profile = null!;
    private JobDescriptionGenerator _generator = null!;
    private PdfDocumentWriter _pdf = null!;
    private MarkdownDocumentWriter _markdown = null!;
    private RenderedDocument _document = null!;

    /// <summary>Loads the bundled profile and the PDF theme, and makes the overview once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _profile = ProfileSetLoader.Load(BenchmarkPaths.BundledProfile).Profile
            ?? throw new InvalidOperationException("the bundled profile did not load");
        _generator = new JobDescriptionGenerator(new TemplateSource(null), new DateOnly(2026, 3, 1));
        _pdf = PdfDocumentWriter.Create(null, new DiagnosticBag()) ?? throw new InvalidOperationException("the built-in theme did not load");
        _markdown = new MarkdownDocumentWriter();
        _document = _generator.GenerateOverview(_profile, "nl").Required;
    }

    /// <summary>Resolve every level, render overview.md.sbn, parse and mark: the overview's Markdown.</summary>
    [Benchmark]
    public RenderedDocument GenerateOverview() => _generator.GenerateOverview(_profile, "nl").Required;

    /// <summary>The whole overview as Markdown bytes.</summary>
    [Benchmark]
    public byte[] GenerateAndWriteMarkdown() => _markdown.Write(_generator.GenerateOverview(_profile, "nl").Required);

    /// <summary>The marked overview to PDF bytes (the matrix's layout and the font subsets).</summary>
    [Benchmark]
    public byte[] WritePdf() => _pdf.Write(_document);
}
