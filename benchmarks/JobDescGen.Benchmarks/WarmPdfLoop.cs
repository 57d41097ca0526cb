using System.Diagnostics;
using System.Globalization;
using JobDescGen.Diagnostics;
using JobDescGen.Generation;
using JobDescGen.Loading;
using JobDescGen.Marking;
using JobDescGen.Pdf;
using JobDescGen.Pdf.Hyphenation;
using JobDescGen.Pdf.Text;
using JobDescGen.Pdf.Theme;
using JobDescGen.Rendering;

namespace JobDescGen.Benchmarks;

/// <summary>
/// A plain loop beside BenchmarkDotNet, for a shared or virtual machine where BenchmarkDotNet's
/// short runs have error bars larger than the effect: writes one level's PDF in batches of 20 for
/// a number of seconds after 300 warm-up documents, and prints the mean, the fastest and the median
/// batch, the processor time (all threads, GC included) and the bytes one document allocates. The
/// fastest batch is the least disturbed figure. Then the same for the layout alone (paragraphs
/// broken into lines, blocks split into pages, as the writer does it, hyphenation included): what
/// is left of the whole is drawing and saving. With <c>--profiles DIR</c> it cycles through that
/// level's documents of every profile in DIR (synthetic ones from JobDescGen.ProfileGenerator, say),
/// in every language, as <c>build</c> writes them (LEVEL <c>all</c>: every level), and gives the
/// figures per document; <c>--layout-only</c> skips the whole writer. A profile's documents share
/// the lines of the paragraphs they have in common, as in a build (<see cref="ParagraphLineCache"/>);
/// <c>--cold</c> breaks every paragraph of every document again. SECONDS 0 prints one digest
/// of all the documents' PDFs instead, to check that a change to layout keeps every byte.
/// </summary>
/// <remarks>
/// Run from the repository root:
/// <c>dotnet run -c Release --project benchmarks/JobDescGen.Benchmarks -- --loop A2 10</c>, or
/// <c>... -- --loop all 10 --profiles /tmp/profiles --layout-only</c>
/// </remarks>
internal static class WarmPdfLoop
{
    private const int WarmUp = 300;
    private const int Batch = 20;

    public static void Run(string level, double seconds, string? profiles = null, bool layoutOnly = false, bool cold = false)
    {
        var documents = Documents(level, profiles);
        var theme = ThemeLoader.Load(null, new DiagnosticBag())!;
        var writer = new PdfDocumentWriter(theme);
        if (seconds == 0)
        {
            // No timing: a digest of every document's PDF, to check that a change keeps the bytes;
            // once with each document's paragraphs broken anew, once with lines shared: the same.
            Console.WriteLine($"digest of {documents.Count} PDFs: {Digest(writer, documents, cold: true)}, lines shared: {Digest(writer, documents, cold: false)}");
            return;
        }

        var name = profiles is null ? level : $"{level}, {documents.Count} documents of {profiles}";
        var next = 0;
        RenderedDocument Next()
        {
            // Lines are kept across documents as a build keeps them: a profile's levels share them,
            // nothing is carried to the next profile or the next pass; --cold keeps nothing.
            var i = next++ % documents.Count;
            if (cold || i == 0 || documents[i].Profile != documents[i - 1].Profile)
            {
                ParagraphLineCache.Clear();
            }

            return documents[i].Document;
        }
        if (!layoutOnly)
        {
            Measure($"WritePdf {name}", seconds, documents.Count, () => writer.Write(Next()));
        }

        Measure($"  layout alone {name}", layoutOnly ? seconds : seconds / 2, documents.Count, () => Layout(writer, theme, Next()));
    }

    private static string Digest(PdfDocumentWriter writer, List<(RenderedDocument Document, int Profile)> documents, bool cold)
    {
        ParagraphLineCache.Clear();
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var (document, _) in documents)
        {
            if (cold)
            {
                ParagraphLineCache.Clear();
            }

            sha.AppendData(writer.Write(document));
        }

        return Convert.ToHexString(sha.GetHashAndReset());
    }

    private static List<(RenderedDocument Document, int Profile)> Documents(string level, string? profiles)
    {
        var generator = new JobDescriptionGenerator(new TemplateSource(null), new DateOnly(2026, 3, 1));
        var loaded = profiles is null ? [ProfileSetLoader.Load(BenchmarkPaths.BundledProfile)] : ProfileSetLoader.LoadAll(profiles);
        var documents = new List<(RenderedDocument, int)>();
        foreach (var (result, index) in loaded.Select((result, index) => (result, index)))
        {
            var profile = result.Profile ?? throw new InvalidOperationException($"{result.Directory} did not load");
            foreach (var variant in profile.Levels)
            {
                if (level == "all" || string.Equals(variant.LevelId, level, StringComparison.OrdinalIgnoreCase))
                {
                    // Every language, as build writes them.
                    documents.AddRange(profile.Languages.Select(language => (generator.Generate(profile, variant.LevelId, language).Required, index)));
                }
            }
        }

        return documents.Count > 0 ? documents : throw new InvalidOperationException($"no document of level {level}");
    }

    // What PdfDocumentWriter.Write does before it draws.
    private static void Layout(PdfDocumentWriter writer, PdfTheme theme, RenderedDocument document)
    {
        using var hyphenation = HyphenationScope.Enter(document.Facts.Locale, theme.HyphenationExceptions(document.Facts.Locale), theme.Hyphenate);
        writer.Layout(document.Ast, document.Label("continued"), document.Label("definitions"));
    }

    // The allocation is averaged over one pass through the documents.
    private static void Measure(string name, double seconds, int documents, Action write)
    {
        for (var i = 0; i < WarmUp; i++)
        {
            write();
        }

        var batches = new List<double>();
        // Processor time beside wall time: on a shared machine it is the steadier of the two.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
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

        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        batches.Sort();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < documents; i++)
        {
            write();
        }

        var allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / documents;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: mean {total.Elapsed.TotalMilliseconds / (batches.Count * Batch):F2} ms, fastest batch {batches[0]:F2} ms, median batch {batches[batches.Count / 2]:F2} ms, processor {cpu.TotalMilliseconds / (batches.Count * Batch):F2} ms, {allocated / 1048576.0:F2} MB allocated per document ({batches.Count * Batch} documents)"));
    }
}
