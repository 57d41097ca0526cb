// Run from the repository root (Release; about three minutes on two cores):
//   dotnet run -c Release --project benchmarks/JobDescGen.Benchmarks -- --filter '*Docx*'
using BenchmarkDotNet.Attributes;
using JobDescGen.Diagnostics;
using JobDescGen.Docx;
using JobDescGen.Generation;
using JobDescGen.Loading;
using JobDescGen.Marking;
using JobDescGen.Rendering;

namespace JobDescGen.Benchmarks;

/// <summary>
/// The time one DOCX job description takes once the process is warm (styles parsed, templates
/// compiled): what a batch of many profiles pays per document. The target is under 2 ms.
/// </summary>
[MemoryDiagnoser]
public class DocxBenchmarks
{
    private DocxDocumentWriter _writer = null!;
    private RenderedDocument _document = null!;

    /// <summary>The level to write; A2 has the most text.</summary>
    [Params("C", "A2")]
    public string Level { get; set; } = "A2";

    /// <summary>Loads the bundled profile and the built-in reference document once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var profile = ProfileSetLoader.Load(BenchmarkPaths.BundledProfile).Profile
            ?? throw new InvalidOperationException("the bundled profile did not load");
        _document = new JobDescriptionGenerator(new TemplateSource(null), new DateOnly(2026, 3, 1)).Generate(profile, Level).Required;
        _writer = DocxDocumentWriter.Create(null, new DiagnosticBag())!;
    }

    /// <summary>Marked document to DOCX bytes: body, numbering, furniture, properties, the zip.</summary>
    [Benchmark]
    public byte[] WriteDocx() => _writer.Write(_document);
}
