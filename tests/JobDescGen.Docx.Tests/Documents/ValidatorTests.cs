using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using JobDescGen.Docx.Tests.Support;

namespace JobDescGen.Docx.Tests.Documents;

public sealed class ValidatorTests
{
    [Theory]
    [MemberData(nameof(BundledDocx.Levels), MemberType = typeof(BundledDocx))]
    public void Every_bundled_level_has_no_validator_errors(string level)
    {
        using var document = BundledDocx.Open(BundledDocx.Bytes(level));
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();

        Assert.Empty(errors);
    }
}
