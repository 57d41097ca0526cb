namespace JobDescGen.Docx.Packaging;

/// <summary>The content types of the parts a job description has.</summary>
internal static class ContentTypes
{
    private const string Word = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    public const string Relationships = "application/vnd.openxmlformats-package.relationships+xml";
    public const string Xml = "application/xml";
    public const string Document = Word + "document.main+xml";
    public const string Styles = Word + "styles+xml";
    public const string Numbering = Word + "numbering+xml";
    public const string Settings = Word + "settings+xml";
    public const string FontTable = Word + "fontTable+xml";
    public const string Header = Word + "header+xml";
    public const string Footer = Word + "footer+xml";
    public const string Theme = "application/vnd.openxmlformats-officedocument.theme+xml";
    public const string CoreProperties = "application/vnd.openxmlformats-package.core-properties+xml";
    public const string ExtendedProperties = "application/vnd.openxmlformats-officedocument.extended-properties+xml";
}
