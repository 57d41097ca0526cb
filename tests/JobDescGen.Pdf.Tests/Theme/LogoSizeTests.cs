using System.Buffers.Binary;
using JobDescGen.Diagnostics;
using JobDescGen.Pdf.Theme;
using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Tests.Theme;

/// <summary>
/// A logo's pixel size is read from its header and limited before anything decodes it: a PNG of a
/// megabyte can declare 20,000 × 20,000 pixels, which made every command take gigabytes and minutes.
/// </summary>
public sealed class LogoSizeTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("jobdescgen-logo-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void The_header_gives_the_size_the_decoder_finds()
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "themes", "logo", "logo.png"));
        using var image = XImage.FromStream(new MemoryStream(bytes));

        Assert.Equal((image.PixelWidth, image.PixelHeight), ImageSize.Of(bytes));
    }

    [Fact]
    public void A_jpeg_header_is_read_past_the_segments_before_its_frame()
    {
        Assert.Equal((6000, 4000), ImageSize.Of(Jpeg(6000, 4000)));
        Assert.Null(ImageSize.Of([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00]));
    }

    [Theory]
    [InlineData("png", 20_000, 20_000)]
    [InlineData("jpg", 6_000, 6_000)]
    [InlineData("png", 4_001, 1_000)]
    public void A_logo_of_too_many_pixels_is_a_located_error_before_it_is_decoded(string extension, int width, int height)
    {
        // Only a header: a decoder would fail on it, so the error proves the size was checked first.
        File.WriteAllBytes(Path.Combine(_folder.FullName, "logo." + extension), extension == "png" ? Png(width, height) : Jpeg(width, height));
        var theme = Path.Combine(_folder.FullName, ThemeLoader.FileName);
        File.WriteAllText(theme, $"logo:\n  file: logo.{extension}\n");
        var diagnostics = new DiagnosticBag();

        Assert.Null(ThemeLoader.Load(_folder.FullName, diagnostics));
        var error = Assert.Single(diagnostics);
        Assert.Equal((theme, 2, 9), (error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Equal($"'logo.file': 'logo.{extension}' is {width:N0} × {height:N0} pixels; a logo may have at most 4 million", error.Message);
        Assert.StartsWith("scale it down", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_logo_at_the_limit_is_only_checked_by_decoding()
    {
        File.WriteAllBytes(Path.Combine(_folder.FullName, "logo.png"), Png(2_000, 2_000));
        File.WriteAllText(Path.Combine(_folder.FullName, ThemeLoader.FileName), "logo:\n  file: logo.png\n");
        var diagnostics = new DiagnosticBag();

        Assert.Null(ThemeLoader.Load(_folder.FullName, diagnostics));
        Assert.Contains("cannot be decoded", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    // The signature and an IHDR chunk (8-bit RGB), nothing else.
    private static byte[] Png(int width, int height)
    {
        var bytes = new byte[33];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(8), 13);
        "IHDR"u8.CopyTo(bytes.AsSpan(12));
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(20), height);
        bytes[24] = 8;
        bytes[25] = 2;
        return bytes;
    }

    // Start of image, an APP0 segment, then a baseline frame header (SOF0) with the size.
    private static byte[] Jpeg(int width, int height)
    {
        var bytes = new List<byte> { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10 };
        bytes.AddRange("JFIF\0"u8.ToArray());
        bytes.AddRange(new byte[9]);
        bytes.AddRange([0xFF, 0xC0, 0x00, 0x11, 0x08, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 0x03]);
        bytes.AddRange(new byte[9]);
        return [.. bytes];
    }
}
