using JobDescGen.Terminal.Output;
using Xunit;

namespace JobDescGen.Terminal.Tests.Output;

public sealed class PagerTests
{
    [Fact]
    public void Sends_the_whole_text_to_the_PAGER_command_with_its_arguments()
    {
        var file = Path.Combine(Path.GetTempPath(), $"jobdescgen-pager-{Guid.NewGuid():N}.txt");
        try
        {
            var text = string.Concat(Enumerable.Range(1, 5000).Select(i => $"regel {i} « é »\n"));

            var paged = Pager.TryPage(text, $"cat > '{file}'");

            Assert.True(paged);
            Assert.Equal(text, File.ReadAllText(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_pager_that_quits_early_is_not_an_error()
    {
        Assert.True(Pager.TryPage(new string('x', 1_000_000) + "\n", "head -c 10 > /dev/null"));
    }

    [Theory]
    [InlineData("jobdescgen-no-such-pager")]
    [InlineData("exit 126")]
    public void A_pager_that_cannot_run_reports_failure_so_the_text_is_printed(string pager)
    {
        Assert.False(Pager.TryPage("regel\n", pager));
    }
}
