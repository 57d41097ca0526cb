using JobDescGen.Pdf.Rendering.Compaction;

namespace JobDescGen.Pdf.Tests.Rendering;

/// <summary>The compacted-font cache finds a subset by its whole content and glyphs, not by the parts its hash reads.</summary>
public sealed class FontSubsetKeyTests
{
    private static byte[] Subset(int length = 20_000)
    {
        var bytes = new byte[length];
        new Random(7).NextBytes(bytes);
        return bytes;
    }

    [Fact]
    public void Equal_subsets_and_glyphs_in_other_arrays_and_orders_are_one_key()
    {
        var first = new FontSubsetKey(Subset(), new HashSet<int> { 3, 1, 2 });
        var second = new FontSubsetKey(Subset(), new List<int> { 1, 2, 3 });
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void A_byte_that_the_hash_does_not_read_still_makes_another_key()
    {
        var changed = Subset();
        changed[changed.Length / 2] ^= 1;
        Assert.NotEqual(new FontSubsetKey(Subset(), [1, 2, 3]), new FontSubsetKey(changed, [1, 2, 3]));
    }

    [Fact]
    public void Other_glyphs_or_another_length_make_another_key()
    {
        Assert.NotEqual(new FontSubsetKey(Subset(), [1, 2, 3]), new FontSubsetKey(Subset(), [1, 2, 4]));
        Assert.NotEqual(new FontSubsetKey(Subset(), [1, 2, 3]), new FontSubsetKey(Subset(19_999), [1, 2, 3]));
    }

    [Fact]
    public void A_subset_shorter_than_the_hashed_ends_is_a_key_too()
    {
        Assert.Equal(new FontSubsetKey(Subset(100), [5]), new FontSubsetKey(Subset(100), [5]));
        Assert.NotEqual(new FontSubsetKey(Subset(100), [5]), new FontSubsetKey(Subset(101), [5]));
    }
}
