using System.Diagnostics;
using System.Globalization;
using JobDescGen.Diagnostics;
using JobDescGen.Generation;
using JobDescGen.Loading;
using JobDescGen.Marking;
using JobDescGen.Pdf;
using JobDescGen.Pdf.Hyphenation;
using JobDescGen.Pdf.Theme;
using JobDescGen.Rendering;

namespace JobDescGen.Benchmarks;

/// <summary>
/// A plain loop beside BenchmarkDotNet, for a shared or virtual machine where BenchmarkDotNet's
/// short runs have error bars larger than the effect: writes one level's PDF in batches of 20 for
/// a number of seconds after 300 warm-up documents, and prints the mean, the fastest and the median
/// batch and the bytes one document allocates. The fastest batch is the least disturbed figure.
/// Then the same for the layout alone (paragraphs broken into lines, blocks split into pages, as
/// the writer does it, hyphenation included): what is left of the whole is drawing and saving.
/// </summary>
/// <remarks>
/// Run from the repository root:
/// <c>dotnet run -c Release --project benchmarks/JobDescGen.Benchmarks -- --loop A2 10</c>
/// </remarks>
internal static class WarmPdfLoop
{
    private const int WarmUp = 300;
    private const int Batch = 20;

    public static void Run(string level, double seconds)
    {
        var profile = ProfileSetLoader.Load(BenchmarkPaths.BundledProfile).Profile
            ?? throw new InvalidOperationException("the bundled profile did not load");
        var document = new JobDescriptionGenerator(new TemplateSource(null), new DateOnly(2026, 3, 1)).Generate(profile, level).Required;
        var theme = ThemeLoader.Load(null, new DiagnosticBag())!;
        var writer = new PdfDocumentWriter(theme);
        Measure($"WritePdf {level}", seconds, () => writer.Write(document));
        Measure($"  layout alone {level}", seconds / 2, () => Layout(writer, theme, document));
    }

    // What PdfDocumentWriter.Write does before it draws.
    private static void Layout(PdfDocumentWriter writer, PdfTheme theme, RenderedDocument document)
    {
        using var hyphenation = HyphenationScope.Enter(document.Facts.Locale, theme.HyphenationExceptions(document.Facts.Locale), theme.Hyphenate);
        writer.Layout(document.Ast, document.Label("continued"), document.Label("definitions"));
    }

    private static void Measure(string name, double seconds, Action write)
    {
        for (var i = 0; i < WarmUp; i++)
        {
            write();
        }

        var batches = new List<double>();
        var total = Stopwatch.StartNew();
        while (total.Elapsed.TotalSeconds < seconds)
        {
            var batch = Stopwatch.StartNew();
            for (var i = 0; i < Batch; i++)
            {
                write();
            }

            batches.Add(batch.Elapsed.TotalMilliseconds / Batch);
        }

        batches.Sort();
        var before = GC.GetAllocatedBytesForCurrentThread();
        write();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: mean {total.Elapsed.TotalMilliseconds / (batches.Count * Batch):F2} ms, fastest batch {batches[0]:F2} ms, median batch {batches[batches.Count / 2]:F2} ms, {allocated / 1048576.0:F2} MB allocated per document ({batches.Count * Batch} documents)"));
    }
}
