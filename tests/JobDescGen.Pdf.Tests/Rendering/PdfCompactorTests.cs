using JobDescGen.Pdf.Rendering;
using JobDescGen.Pdf.Rendering.Compaction;
using JobDescGen.Pdf.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace JobDescGen.Pdf.Tests.Rendering;

/// <summary>The compactor on files PDFsharp saves: objects it does not look into go out as they came in.</summary>
public sealed class PdfCompactorTests
{
    [Theory]
    [InlineData("Taken endobj en endstream")]
    [InlineData("endobj")]
    [InlineData("(haakjes) en \\ endobj\nstream")]
    public void A_string_holding_the_words_endobj_and_stream_survives(string title)
    {
        var compacted = PdfCompactor.Compact(Saved(title), [PageMarks.None]);

        using var read = UglyToad.PdfPig.PdfDocument.Open(compacted);
        Assert.Equal(title, read.Information.Title);
        Assert.Equal("Onderwerp", read.Information.Subject);
        Assert.Contains("Tekst", read.GetPage(1).Text, StringComparison.Ordinal);
    }

    private static byte[] Saved(string title)
    {
        using var document = new PdfDocument();
        document.Options.NoCompression = true;
        document.Options.CompressContentStreams = false;
        document.Info.Title = title;
        document.Info.Subject = "Onderwerp";
        var page = document.AddPage();
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            var style = new TextStyle("Carlito", 11, false, false, XColors.Black);
            graphics.DrawString("Tekst", FontCache.Get(style), XBrushes.Black, 72, 72);
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}
