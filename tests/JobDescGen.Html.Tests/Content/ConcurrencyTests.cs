using JobDescGen.Html.Tests.Support;
using JobDescGen.Testing;

namespace JobDescGen.Html.Tests.Content;

public sealed class ConcurrencyTests
{
    [Fact]
    public void One_writer_on_many_threads_writes_what_it_writes_on_one()
    {
        // A build shares one writer and one marked document between formats and threads.
        var writer = HtmlPages.Writer(null);
        var alone = BundledDocuments.Levels.ToDictionary(l => l, l => writer.Write(BundledDocuments.Document(l)));

        var together = Enumerable.Range(0, 64).AsParallel().WithDegreeOfParallelism(8)
            .Select(i => BundledDocuments.Levels[i % 4])
            .Select(level => (level, bytes: writer.Write(BundledDocuments.Document(level))))
            .ToList();

        Assert.All(together, page => Assert.Equal(alone[page.level], page.bytes));
    }
}
