using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace JobDescGen.Docx.Tests.Support;

/// <summary>The text a reader of a DOCX sees, read back through the SDK: one line per paragraph, tables included.</summary>
internal static class DocxText
{
    public static string Of(byte[] docx)
    {
        using var document = BundledDocx.Open(docx);
        var text = new StringBuilder();
        foreach (var paragraph in document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>())
        {
            text.AppendLine(Of(paragraph));
        }

        return text.ToString();
    }

    /// <summary>The text of one paragraph: tabs and breaks as spaces, optional hyphens invisible.</summary>
    public static string Of(OpenXmlElement paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar or Break:
                    text.Append(' ');
                    break;
            }
        }

        return text.ToString();
    }
}
