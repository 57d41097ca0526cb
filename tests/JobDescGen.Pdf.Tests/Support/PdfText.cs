using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace JobDescGen.Pdf.Tests.Support;

/// <summary>Text read back from a PDF with PdfPig, the way a reader's copy-paste or a search index sees it.</summary>
internal static partial class PdfText
{
    /// <summary>The words of every page in reading order, separated by single spaces.</summary>
    public static string Words(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    /// <summary>The words of one page (1-based).</summary>
    public static string PageWords(byte[] pdf, int page)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPage(page).GetWords().Select(w => w.Text));
    }

    /// <summary>Single spaces, no line breaks: how a sentence is compared with extracted words.</summary>
    public static string Normalize(string text) => Spaces().Replace(text, " ").Trim();

    /// <summary>The text without any white space, to find words that a line break cut in two.</summary>
    public static string Squeeze(string text) => Spaces().Replace(text, string.Empty);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
