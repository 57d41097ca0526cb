using JobDescGen.Pdf.Tests.Support;
using JobDescGen.Pdf.Text;

namespace JobDescGen.Pdf.Tests.Documents;

public sealed class ConcurrencyTests
{
    [Fact]
    public void Documents_written_in_parallel_equal_those_written_one_by_one()
    {
        // Batch builds write many documents at once through one writer: shared fonts and caches must hold.
        var writer = new PdfDocumentWriter(BundledPdfs.Theme);
        var inputs = Inputs();
        var sequential = inputs.Select(writer.Write).ToList();

        var parallel = new byte[inputs.Count][];
        Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = writer.Write(inputs[i]));

        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void First_use_of_fonts_and_measurements_from_many_threads_at_once_gives_the_same_documents()
    {
        // A type size no other test uses, so the XFonts are made here, and a fresh measurer: every
        // first use (font, advance widths) races between the threads, which the warm test never sees.
        var theme = BundledPdfs.Theme with { BodySize = 10.25, NoticeSize = 9.25, SectionSize = 14.25, SubsectionSize = 11.25, TitleSize = 23.5, FurnitureSize = 8.25 };
        var inputs = Inputs();
        var parallel = new byte[inputs.Count][];
        var cold = new PdfDocumentWriter(theme, new FontMeasurer());
        using var start = new Barrier(4);

        // Own threads, not the pool: all four must be running to pass the barrier together.
        var threads = Enumerable.Range(0, 4).Select(worker => new Thread(() =>
        {
            start.SignalAndWait();
            for (var i = worker; i < inputs.Count; i += 4)
            {
                parallel[i] = cold.Write(inputs[i]);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        var warm = new PdfDocumentWriter(theme, new FontMeasurer());
        Assert.Equal(inputs.Select(warm.Write), parallel);
    }

    private static List<JobDescGen.Marking.RenderedDocument> Inputs() =>
        [.. BundledPdfs.Levels.SelectMany(level => Enumerable.Repeat(level, 4)).Select(level => BundledPdfs.Generate(BundledPdfs.Bundled, level))];
}
