using JobDescGen.Pdf.Fonts;
using JobDescGen.Pdf.Fonts.Embedding;
using JobDescGen.Pdf.Tests.Support;
using JobDescGen.Pdf.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace JobDescGen.Pdf.Tests.Layout;

/// <summary>
/// The measurer reads advances and ascent/descent from the bundled faces' own tables. The layouts
/// (and the word-spacing figures) were made when PDFsharp measured: every character of every
/// bundled face and style, simulated bold and italic included, must measure exactly as PDFsharp
/// measures it, or every line break could move.
/// </summary>
public sealed class PdfSharpMetricsTests
{
    public static TheoryData<string, bool, bool> Styles()
    {
        var data = new TheoryData<string, bool, bool>();
        foreach (var family in BundledFonts.Families)
        {
            foreach (var (bold, italic) in new[] { (false, false), (true, false), (false, true), (true, true) })
            {
                data.Add(family, bold, italic);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void Every_character_of_a_face_measures_as_PDFsharp_measures_it(string family, bool bold, bool italic)
    {
        var style = new TextStyle(family, 9.5, bold, italic, XColors.Black);
        var font = PdfSharpFont(style);
        var context = XGraphics.CreateMeasureContext(new XSize(1000, 1000), XGraphicsUnit.Point, XPageDirection.Downwards);
        var measurer = new FontMeasurer();
        var face = FaceKerning.For(family, bold, italic)!;
        var compared = 0;
        for (var codePoint = 0x20; codePoint < 0x3000; codePoint++)
        {
            // Characters the face lacks are drawn as its .notdef glyph (MissingGlyphWidthTests); formatting characters take no room.
            if (!face.Covers(codePoint) || char.IsSurrogate((char)codePoint) || FontFallback.NeedsSplit(((char)codePoint).ToString(), style))
            {
                continue;
            }

            var text = ((char)codePoint).ToString();
            var expected = context.MeasureString(text.Replace('\u00A0', ' '), font).Width;
            Assert.True(expected == measurer.Width(text, style), $"{family} bold={bold} italic={italic} U+{codePoint:X4}: PDFsharp {expected:R}, measured {measurer.Width(text, style):R}");
            compared++;
        }

        Assert.True(compared > 90, $"only {compared} characters compared");
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void Ascent_and_descent_are_PDFsharps(string family, bool bold, bool italic)
    {
        var style = new TextStyle(family, 11, bold, italic, XColors.Black);
        var expected = PdfSharpFont(style).Metrics;
        var metrics = FaceProgram.For(family, bold, italic)!;

        Assert.Equal((expected.Ascent, expected.Descent, expected.UnitsPerEm), (metrics.AscentUnits, metrics.DescentUnits, metrics.UnitsPerEm));
    }

    private static XFont PdfSharpFont(TextStyle style)
    {
        PdfSharpFontSetup.EnsureInstalled();
        var fontStyle = (style.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular) | (style.Italic ? XFontStyleEx.Italic : XFontStyleEx.Regular);
        return new XFont(style.Family, style.Size, fontStyle, new XPdfFontOptions(PdfFontEncoding.Unicode));
    }
}
