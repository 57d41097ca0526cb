using JobDescGen.Html.Tests.Support;
using JobDescGen.Testing;

namespace JobDescGen.Html.Tests.Content;

public sealed class SnapshotTests
{
    [Fact]
    public void The_A1_page_matches_its_approved_snapshot() =>
        Snapshot.Match(HtmlPages.Html("A1"), "page-A1", "html");

    [Fact]
    public void The_same_document_gives_the_same_bytes_from_separate_writers()
    {
        var document = BundledDocuments.Document("A2");

        Assert.Equal(HtmlPages.Writer(null).Write(document), HtmlPages.Writer(null).Write(document));
    }

    [Fact]
    public void Two_runs_of_the_tool_write_the_same_bytes()
    {
        var folder = Directory.CreateTempSubdirectory("jobdescgen-html-repro-");
        try
        {
            var first = Path.Combine(folder.FullName, "1.html");
            var second = Path.Combine(folder.FullName, "2.html");
            Assert.Equal(0, Support.Cli.Run("generate", RepoPaths.BundledProfile, "--level", "A2", "-o", first).Exit);
            Assert.Equal(0, Support.Cli.Run("generate", RepoPaths.BundledProfile, "--level", "A2", "-o", second).Exit);

            Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
