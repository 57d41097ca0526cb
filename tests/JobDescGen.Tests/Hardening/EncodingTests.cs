using JobDescGen.Diagnostics;
using JobDescGen.Loading;
using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Hardening;

/// <summary>Issue 12, smaller: a byte order mark no longer switches the strict UTF-8 check off.</summary>
public sealed class EncodingTests
{
    [Fact]
    public void Latin1_bytes_after_a_utf8_byte_order_mark_are_a_located_error()
    {
        using var temp = new TempFolder();
        var path = temp.Of("bom.yaml");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "title: co"u8, 0xF6, .. "rdinator\n"u8]);
        var diagnostics = new DiagnosticBag();

        Assert.Null(SourceText.Read(path, diagnostics));

        var error = Assert.Single(diagnostics);
        Assert.Equal("the file is not UTF-8 text", error.Message);
        Assert.Equal((1, 10), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Valid_utf8_after_a_byte_order_mark_is_read_without_the_mark()
    {
        using var temp = new TempFolder();
        var path = temp.Of("bom.yaml");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "title: coördinator\n"u8]);

        Assert.Equal("title: coördinator\n", SourceText.Read(path, new DiagnosticBag()));
    }

    [Fact]
    public void Invalid_utf16_is_an_error_not_replacement_characters()
    {
        using var temp = new TempFolder();
        var path = temp.Of("utf16.yaml");
        File.WriteAllBytes(path, [0xFF, 0xFE, (byte)'a', 0, 0x00, 0xDC, (byte)'b', 0]);
        var diagnostics = new DiagnosticBag();

        Assert.Null(SourceText.Read(path, diagnostics));
        Assert.Equal("the file is not valid UTF-16 text (it starts with a UTF-16 byte order mark)", Assert.Single(diagnostics).Message);
    }
}
