using System.Text;
using JobDescGen.Pdf.Rendering.Objects;

namespace JobDescGen.Pdf.Tests.Rendering;

/// <summary>The PDF writer's number formatter gives the digits of the custom format it replaced.</summary>
public sealed class PdfNumberTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(-0.0, "-0")]
    [InlineData(12.5, "12.5")]
    [InlineData(-3.0, "-3")]
    [InlineData(0.00004, "0")]
    [InlineData(-0.00004, "-0")]
    [InlineData(0.1234567, "0.1235")]
    [InlineData(-20.0025, "-20.0025")]
    [InlineData(107.71650000001, "107.7165")]
    [InlineData(-9.765625, "-9.7656")]
    [InlineData(1234567890123.25, "1234567890123.25")]
    public void Known_values(double value, string expected)
    {
        Assert.Equal(expected, Written(value));
        Assert.Equal(Reference(value), Written(value));
    }

    [Fact]
    public void Random_values_of_every_scale_match_the_custom_format()
    {
        var random = new Random(20261201);
        for (var i = 0; i < 200_000; i++)
        {
            var scale = Math.Pow(10, random.Next(-6, 12));
            var value = (random.NextDouble() - 0.5) * scale;
            Assert.Equal(Reference(value), Written(value));
        }
    }

    [Fact]
    public void Kerning_adjustments_and_positions_in_points_match_the_custom_format()
    {
        // What the content pass writes most: font units scaled to thousandths of an em, and sums of positions.
        for (var kern = -400; kern <= 400; kern++)
        {
            foreach (var unitsPerEm in new[] { 1000, 1024, 2048 })
            {
                var value = -kern * 1000.0 / unitsPerEm;
                Assert.Equal(Reference(value), Written(value));
            }
        }

        for (var x = 0.0; x < 600; x += 0.37)
        {
            Assert.Equal(Reference(x - 107.7165), Written(x - 107.7165));
        }
    }

    private static string Written(double value)
    {
        Span<byte> digits = stackalloc byte[32];
        return Encoding.ASCII.GetString(digits[..PdfNumber.Format(value, digits)]);
    }

    private static string Reference(double value) =>
        Math.Round(value, 4).ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
}
