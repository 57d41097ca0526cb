using System.Globalization;
using System.Text;
using System.Xml;
using JobDescGen.Marking;

namespace JobDescGen.Docx.Packaging;

/// <summary>
/// The core properties (title, subject, author, keywords, language, dates) and the extended ones
/// (the application). Both dates are the document date, so the same input gives the same bytes.
/// </summary>
internal static class DocumentProperties
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false) };

    public static byte[] Core(DocumentFacts facts)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartDocument(standalone: true);
            writer.WriteStartElement("cp", "coreProperties", Cp);
            writer.WriteAttributeString("xmlns", "dc", null, Dc);
            writer.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
            writer.WriteAttributeString("xmlns", "xsi", null, Xsi);
            writer.WriteElementString("dc", "title", Dc, facts.Title);
            writer.WriteElementString("dc", "subject", Dc, facts.Subject);
            if (facts.Author is { Length: > 0 } author)
            {
                writer.WriteElementString("dc", "creator", Dc, author);
            }

            // Word separates its tags (keywords) with semicolons.
            writer.WriteElementString("cp", "keywords", Cp, string.Join("; ", facts.Keywords));
            writer.WriteElementString("dc", "language", Dc, facts.Locale);
            var date = facts.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
            foreach (var name in (string[])["created", "modified"])
            {
                writer.WriteStartElement("dcterms", name, DcTerms);
                writer.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
                writer.WriteString(date);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }

    public static byte[] Extended { get; } = Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>JobDescGen</Application></Properties>");
}
