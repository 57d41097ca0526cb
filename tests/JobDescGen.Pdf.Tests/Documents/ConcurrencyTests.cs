using JobDescGen.Pdf.Tests.Support;

namespace JobDescGen.Pdf.Tests.Documents;

public sealed class ConcurrencyTests
{
    [Fact]
    public void Documents_written_in_parallel_equal_those_written_one_by_one()
    {
        // Batch builds write many documents at once through one writer: shared fonts and caches must hold.
        var writer = new PdfDocumentWriter(BundledDocuments.Theme);
        var inputs = BundledDocuments.Levels.SelectMany(level => Enumerable.Repeat(level, 4)).Select(level => BundledDocuments.Generate(BundledDocuments.Bundled, level)).ToList();
        var sequential = inputs.Select(writer.Write).ToList();

        var parallel = new byte[inputs.Count][];
        Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = writer.Write(inputs[i]));

        Assert.Equal(sequential, parallel);
    }
}
