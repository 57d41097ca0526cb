using System.Collections.Concurrent;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using JobDescGen.Docx.Tests.Support;
using JobDescGen.Testing;

namespace JobDescGen.Docx.Tests.Documents;

/// <summary>
/// Word fidelity of the hard bilingual profile in DOCX, read back with the Open XML SDK: every text
/// of a level and language appears; a soft hyphen is Word's optional hyphen, not a character.
/// </summary>
public sealed class HardProfileFidelityTests
{
    private static readonly ConcurrentDictionary<string, byte[]> Written = new(StringComparer.Ordinal);

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var (level, language) in HardProfile.Cases())
        {
            cases.Add(level, language);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_text_comes_back_from_the_docx(string level, string language)
    {
        var text = DocxText.Of(Docx(level, language));

        Assert.Empty(HardProfile.Missing(level, language, text));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_document_has_no_validator_errors(string level, string language)
    {
        using var document = BundledDocx.Open(Docx(level, language));
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}");

        Assert.Empty(errors);
    }

    [Fact]
    public void A_soft_hyphen_is_an_optional_hyphen_and_a_word_joiner_stays_in_the_word()
    {
        using var document = BundledDocx.Open(Docx("A1", "nl"));
        var body = document.MainDocumentPart!.Document!.Body!;
        var texts = string.Concat(body.Descendants<Text>().Select(t => t.Text));

        Assert.True(body.Descendants<SoftHyphen>().Count() >= 3);
        Assert.DoesNotContain('\u00AD', texts);
        Assert.Contains("Woord\u2060joiners", texts, StringComparison.Ordinal);
    }

    private static byte[] Docx(string level, string language) =>
        Written.GetOrAdd(level + "/" + language, _ => BundledDocx.Writer.Write(HardProfile.Document(level, language)));
}
