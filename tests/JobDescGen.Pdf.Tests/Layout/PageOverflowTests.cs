using JobDescGen.Pdf.Layout;
using JobDescGen.Pdf.Rendering;

namespace JobDescGen.Pdf.Tests.Layout;

/// <summary>
/// Issue 12, critical 7: a block that can never fit on a page made empty page after empty page
/// until memory ran out. The paginator now stops with an error.
/// </summary>
public sealed class PageOverflowTests
{
    [Fact]
    public void A_block_that_never_gets_shorter_stops_the_layout_with_an_error()
    {
        var exception = Assert.Throws<PageOverflowException>(() => Paginator.Paginate(new StubbornBlock(), 100, 120));

        Assert.Equal("a block is taller than a page (120 pt high, 100 pt wide) and cannot be split so that it fits", exception.Message);
    }

    [Fact]
    public void A_block_that_places_nothing_on_an_empty_page_stops_the_layout_with_an_error()
    {
        var exception = Assert.Throws<PageOverflowException>(() => Paginator.Paginate(new StubbornBlock(placesNothing: true), 100, 120));

        Assert.Equal("a block places nothing on an empty page", exception.Message);
    }

    [Fact]
    public void A_document_that_would_need_more_than_the_page_limit_stops_with_an_error()
    {
        var exception = Assert.Throws<PageOverflowException>(() => Paginator.Paginate(new CreepingBlock(1_000_000), 100, 120));

        Assert.Equal($"the document needs more than {Paginator.MaxPages} pages", exception.Message);
        Assert.Equal(2000, Paginator.MaxPages);
    }

    // Gets one point shorter per page: progress, but slow enough to need a million pages.
    private sealed class CreepingBlock(double height) : Block
    {
        public override double Measure(double width) => height;

        public override SplitResult Split(SplitRequest request) => new(new CreepingBlock(1), new CreepingBlock(height - 1));

        public override void Draw(IDrawContext context, double x, double y, double width)
        {
        }

        public override Block WithWholeTags() => this;
    }

    // Always 500 points tall; each split puts a sliver on the page and gives itself back whole,
    // as a table whose repeated header fills the page does.
    private sealed class StubbornBlock(bool placesNothing = false) : Block
    {
        public override double Measure(double width) => 500;

        public override SplitResult Split(SplitRequest request) =>
            placesNothing ? SplitResult.Nothing(this) : new(new StubbornBlock(placesNothing) { SpaceBefore = 0 }, this);

        public override void Draw(IDrawContext context, double x, double y, double width)
        {
        }

        public override Block WithWholeTags() => this;
    }
}
