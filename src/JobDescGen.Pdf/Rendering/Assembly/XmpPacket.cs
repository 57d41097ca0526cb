using System.Globalization;
using System.Security;
using System.Text;

namespace JobDescGen.Pdf.Rendering.Assembly;

/// <summary>
/// The XMP metadata of a document: what the Info dictionary says (title, author, subject, keywords,
/// tool, dates), the document and instance ids, and the PDF/UA identification (pdfuaid:part 1).
/// </summary>
internal static class XmpPacket
{
    public static byte[] Of(DocumentMetadata metadata, Guid documentId, Guid instanceId)
    {
        var date = metadata.Date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var xml = new StringBuilder(2048);
        xml.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        xml.Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        xml.Append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n");
        xml.Append(CultureInfo.InvariantCulture, $"<pdf:Producer>{Escape(metadata.Creator)}</pdf:Producer>\n<pdf:Keywords>{Escape(metadata.Keywords)}</pdf:Keywords>\n");
        xml.Append("</rdf:Description>\n<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
        xml.Append(CultureInfo.InvariantCulture, $"<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{Escape(metadata.Title)}</rdf:li></rdf:Alt></dc:title>\n");
        if (!string.IsNullOrWhiteSpace(metadata.Author))
        {
            xml.Append(CultureInfo.InvariantCulture, $"<dc:creator><rdf:Seq><rdf:li>{Escape(metadata.Author)}</rdf:li></rdf:Seq></dc:creator>\n");
        }

        xml.Append(CultureInfo.InvariantCulture, $"<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{Escape(metadata.Subject)}</rdf:li></rdf:Alt></dc:description>\n");
        xml.Append("</rdf:Description>\n<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n");
        xml.Append(CultureInfo.InvariantCulture, $"<xmp:CreatorTool>{Escape(metadata.Creator)}</xmp:CreatorTool>\n<xmp:CreateDate>{date}</xmp:CreateDate>\n<xmp:ModifyDate>{date}</xmp:ModifyDate>\n");
        xml.Append("</rdf:Description>\n<rdf:Description rdf:about=\"\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n");
        xml.Append(CultureInfo.InvariantCulture, $"<xmpMM:DocumentID>uuid:{documentId:D}</xmpMM:DocumentID>\n<xmpMM:InstanceID>uuid:{instanceId:D}</xmpMM:InstanceID>\n");
        xml.Append("</rdf:Description>\n<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"><pdfuaid:part>1</pdfuaid:part></rdf:Description>\n");
        xml.Append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }

    private static string Escape(string? text) => SecurityElement.Escape(text ?? string.Empty);
}
