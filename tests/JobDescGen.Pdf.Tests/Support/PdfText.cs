using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Util;

namespace JobDescGen.Pdf.Tests.Support;

/// <summary>Text read back from a PDF with PdfPig, the way a reader's copy-paste or a search index sees it.</summary>
internal static partial class PdfText
{
    /// <summary>The words of every page in reading order, separated by single spaces.</summary>
    public static string Words(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().SelectMany(JoinedWords));
    }

    /// <summary>The words of one page (1-based).</summary>
    public static string PageWords(byte[] pdf, int page)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", JoinedWords(document.GetPage(page)));
    }

    /// <summary>
    /// The words of a page, a word hyphenated at a line's end joined again: its hyphen is marked
    /// as a soft hyphen (/ActualText U+00AD), which is how a reader tells it from a hyphen of the text.
    /// </summary>
    public static List<string> JoinedWords(Page page)
    {
        var soft = SoftHyphens(page);
        var words = new List<string>();
        var joinNext = false;
        foreach (var word in page.GetWords())
        {
            var text = word.Text;
            var hyphenated = word.Letters.Count > 0 && soft.Contains(Key(word.Letters[^1]));
            if (hyphenated)
            {
                text = text[..^1];
            }

            if (joinNext && words.Count > 0)
            {
                words[^1] += text;
            }
            else
            {
                words.Add(text);
            }

            joinNext = hyphenated;
        }

        return words;
    }

    /// <summary>The letters of a page drawn as hyphens added at line ends (inside a span whose ActualText is U+00AD).</summary>
    public static HashSet<(double, double, string)> SoftHyphens(Page page)
    {
        var soft = new HashSet<(double, double, string)>();
        foreach (var element in page.GetMarkedContents())
        {
            CollectSoftHyphens(element, soft);
        }

        return soft;
    }

    /// <summary>
    /// The words outside artifacts (running header, footer, repeated table headers): what a screen
    /// reader reads, and text that continues across a page break without furniture in between.
    /// </summary>
    public static string ContentWords(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var words = new List<string>();
        foreach (var page in document.GetPages())
        {
            words.AddRange(DefaultWordExtractor.Instance.GetWords(ContentLetters(page)).Select(w => w.Text));
        }

        return string.Join(" ", words);
    }

    /// <summary>
    /// The text outside artifacts exactly as drawn, letter by letter in content order, with no
    /// spaces guessed from positions: what a screen reader gets from the tagged content.
    /// </summary>
    public static string DrawnContentText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Concat(document.GetPages().SelectMany(ContentLetters).Select(l => l.Value));
    }

    /// <summary>The letters of a page that are not inside an artifact's marked content.</summary>
    public static IReadOnlyList<Letter> ContentLetters(Page page)
    {
        var artifacts = new HashSet<(double, double, string)>();
        foreach (var element in page.GetMarkedContents())
        {
            CollectArtifacts(element, inArtifact: false, artifacts);
        }

        // A hyphen added at a line's end is read as a soft hyphen: not content either.
        var soft = SoftHyphens(page);
        return [.. page.Letters.Where(l => !artifacts.Contains(Key(l)) && !soft.Contains(Key(l)))];
    }

    /// <summary>The words of one page whose glyphs lie between two heights (PDF units, from the bottom).</summary>
    public static string BandWords(byte[] pdf, int page, double bottom, double top)
    {
        using var document = PdfDocument.Open(pdf);
        var letters = document.GetPage(page).Letters.Where(l => l.BoundingBox.Bottom >= bottom && l.BoundingBox.Top <= top).ToList();
        return string.Join(" ", DefaultWordExtractor.Instance.GetWords(letters).Select(w => w.Text));
    }

    /// <summary>The number of pages.</summary>
    public static int PageCount(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }

    /// <summary>Single spaces, no line breaks: how a sentence is compared with extracted words.</summary>
    public static string Normalize(string text) => Spaces().Replace(text, " ").Trim();

    /// <summary>The text without any white space, to find words that a line break cut in two.</summary>
    public static string Squeeze(string text) => Spaces().Replace(text, string.Empty);

    private static void CollectArtifacts(MarkedContentElement element, bool inArtifact, HashSet<(double, double, string)> artifacts)
    {
        inArtifact |= element.IsArtifact;
        if (inArtifact)
        {
            foreach (var letter in element.Letters)
            {
                artifacts.Add(Key(letter));
            }
        }

        foreach (var child in element.Children)
        {
            CollectArtifacts(child, inArtifact, artifacts);
        }
    }

    private static void CollectSoftHyphens(MarkedContentElement element, HashSet<(double, double, string)> soft)
    {
        if (element.ActualText == "\u00AD")
        {
            foreach (var letter in element.Letters)
            {
                soft.Add(Key(letter));
            }
        }

        foreach (var child in element.Children)
        {
            CollectSoftHyphens(child, soft);
        }
    }

    private static (double, double, string) Key(Letter letter) =>
        (Math.Round(letter.StartBaseLine.X, 2), Math.Round(letter.StartBaseLine.Y, 2), letter.Value);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
