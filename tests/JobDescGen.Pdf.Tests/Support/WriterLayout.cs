using JobDescGen.Marking;
using JobDescGen.Pdf.Hyphenation;
using JobDescGen.Pdf.Layout;

namespace JobDescGen.Pdf.Tests.Support;

/// <summary>A document laid out as <see cref="PdfDocumentWriter.Write"/> lays it out: with the built-in theme, hyphenated in its language.</summary>
internal static class WriterLayout
{
    public static PageLayout Of(RenderedDocument document)
    {
        var theme = BundledPdfs.Theme;
        using var hyphenation = HyphenationScope.Enter(document.Facts.Locale, theme.HyphenationExceptions(document.Facts.Locale), theme.Hyphenate);
        return new PdfDocumentWriter(theme).Layout(document.Ast, document.Label("continued"), document.Label("definitions"));
    }
}
