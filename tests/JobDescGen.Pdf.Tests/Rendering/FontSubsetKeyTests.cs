using JobDescGen.Pdf.Fonts.Embedding;

namespace JobDescGen.Pdf.Tests.Rendering;

/// <summary>The font-subset cache finds a subset by its face and every glyph drawn from it.</summary>
public sealed class FontSubsetKeyTests
{
    [Fact]
    public void The_same_face_and_glyphs_in_other_arrays_are_one_key()
    {
        var first = new FontSubsetKey("Carlito-Regular", [0, 1, 2, 3]);
        var second = new FontSubsetKey("Carlito-Regular", [.. new[] { 0, 1, 2, 3 }]);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Another_glyph_or_another_face_makes_another_key()
    {
        Assert.NotEqual(new FontSubsetKey("Carlito-Regular", [0, 1, 2, 3]), new FontSubsetKey("Carlito-Regular", [0, 1, 2, 4]));
        Assert.NotEqual(new FontSubsetKey("Carlito-Regular", [0, 1, 2, 3]), new FontSubsetKey("Carlito-Regular", [0, 1, 2]));
        Assert.NotEqual(new FontSubsetKey("Carlito-Regular", [0, 1, 2, 3]), new FontSubsetKey("Carlito-Bold", [0, 1, 2, 3]));
    }

    [Fact]
    public void The_same_glyphs_of_a_face_give_the_same_subset_and_name()
    {
        var carlito = FaceProgram.For("Carlito-Regular")!;
        int[] glyphs = [0, carlito.Glyph('a'), carlito.Glyph('b')];

        var first = FontSubsets.For(carlito, glyphs);
        var second = FontSubsets.For(carlito, [.. glyphs]);
        var other = FontSubsets.For(carlito, [0, carlito.Glyph('a'), carlito.Glyph('c')]);

        Assert.Equal((first.Tag, first.Program), (second.Tag, second.Program));
        Assert.NotEqual(first.Tag, other.Tag);
        Assert.Matches("^[A-Z]{6}$", first.Tag);
    }
}
