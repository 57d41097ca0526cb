namespace JobDescGen.Docx.Packaging;

/// <summary>The relationship types of the parts a job description has.</summary>
internal static class RelationshipTypes
{
    private const string Office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    public const string OfficeDocument = Office + "officeDocument";
    public const string CoreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    public const string ExtendedProperties = Office + "extended-properties";
    public const string Styles = Office + "styles";
    public const string Numbering = Office + "numbering";
    public const string Settings = Office + "settings";
    public const string FontTable = Office + "fontTable";
    public const string Header = Office + "header";
    public const string Footer = Office + "footer";
    public const string Theme = Office + "theme";
    public const string Hyperlink = Office + "hyperlink";
    public const string Image = Office + "image";
}
