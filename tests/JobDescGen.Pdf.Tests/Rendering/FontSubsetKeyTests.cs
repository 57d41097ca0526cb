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
}
