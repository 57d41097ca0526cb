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

    [Fact]
    public void A_page_whose_content_is_taller_than_the_page_stops_the_layout_instead_of_running_off_it()
    {
        // A block that "fits" by placing all of itself on one page, as an unsplittable one used to.
        var exception = Assert.Throws<PageOverflowException>(() => Paginator.Paginate(new OverfullBlock(), 100, 120));

        Assert.Equal("page 1 would need 500 pt of the 120 pt it has: a block taller than a page cannot be split so that it fits", exception.Message);
        Assert.Null(exception.Advice);
    }

    [Fact]
    public void A_block_that_never_splits_and_is_taller_than_an_empty_page_names_itself_and_what_to_do()
    {
        var exception = Assert.Throws<PageOverflowException>(() => Paginator.Paginate(new TallUnsplittableBlock(), 100, 120));

        Assert.Equal("the test block is 500 pt tall at 100 pt wide, more than the 120 pt an empty page has for it", exception.Message);
        Assert.Equal("shorten it", exception.Advice);
    }

    [Theory]
    [InlineData("Doel", "Doel")]
    [InlineData("een twee drie vier vijf zes zeven acht", "een twee drie vier vijf zes zeven acht")]
    [InlineData("een twee drie vier vijf zes zeven acht negen", "een twee drie vier vijf zes zeven acht …")]
    public void An_error_names_a_text_by_its_first_eight_words(string text, string excerpt) =>
        Assert.Equal(excerpt, TextExcerpt.Of(text));

    [Fact]
    public void An_error_names_a_text_of_one_endless_word_by_its_first_80_characters() =>
        Assert.Equal(new string('x', 80) + " …", TextExcerpt.Of(new string('x', 300_000)));

    private sealed class OverfullBlock : Block
    {
        public override double Measure(double width) => 500;

        public override SplitResult Split(SplitRequest request) => request.Force ? new(this, null) : SplitResult.Nothing(this);

        public override void Draw(IDrawContext context, double x, double y, double width)
        {
        }

        public override Block WithWholeTags() => this;
    }

    private sealed class TallUnsplittableBlock : UnsplittableBlock
    {
        protected override string Description => "the test block";

        protected override string? Advice => "shorten it";

        public override double Measure(double width) => 500;

        public override void Draw(IDrawContext context, double x, double y, double width)
        {
        }
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
    private sealed class StubbornBlock(bool placesNothing = false, double height = 500) : Block
    {
        public override double Measure(double width) => height;

        public override SplitResult Split(SplitRequest request) =>
            placesNothing ? SplitResult.Nothing(this) : new(new StubbornBlock(placesNothing, height: 10), this);

        public override void Draw(IDrawContext context, double x, double y, double width)
        {
        }

        public override Block WithWholeTags() => this;
    }
}
