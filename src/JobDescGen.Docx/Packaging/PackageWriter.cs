using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;

namespace JobDescGen.Docx.Packaging;

/// <summary>
/// Writes an Open Packaging Conventions zip reproducibly: the parts in the order they were added
/// (after <c>[Content_Types].xml</c>), every entry with the same fixed time, relationship ids given
/// by the caller. System.IO.Packaging stamps entries with the current time and generates random
/// relationship ids, so the package is written here instead.
/// </summary>
internal sealed class PackageWriter
{
    // The earliest time a zip entry can hold (MS-DOS time): what reproducible-build tools use too.
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly XmlWriterSettings XmlSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        CloseOutput = false,
    };

    // Starting a deflate stream costs more than it saves on a part this small.
    private const int CompressFrom = 1024;

    private readonly List<(string Path, string? ContentType, byte[] Bytes)> _parts = [];

    /// <summary>Adds a part with its bytes; <paramref name="contentType"/> null for a relationships part.</summary>
    public void Add(string path, string? contentType, byte[] bytes) => _parts.Add((path, contentType, bytes));

    /// <summary>Adds an XML part serialised from an Open XML element.</summary>
    public void Add(string path, string contentType, OpenXmlElement root) => Add(path, contentType, Serialize(root));

    /// <summary>The bytes of an XML part, for parts that are the same in many documents.</summary>
    public static byte[] Serialize(OpenXmlElement root)
    {
        using var stream = new MemoryStream();
        WriteXml(stream, root);
        return stream.ToArray();
    }

    private static void WriteXml(Stream stream, OpenXmlElement root)
    {
        using var writer = XmlWriter.Create(stream, XmlSettings);
        writer.WriteStartDocument(standalone: true);
        root.WriteTo(writer);
        writer.WriteEndDocument();
    }

    /// <summary>Adds the relationships part of <paramref name="partPath"/> ("word/document.xml" → "word/_rels/document.xml.rels").</summary>
    public void AddRelationships(string partPath, IEnumerable<PackageRelationship> relationships)
    {
        var folder = partPath.Contains('/') ? partPath[..(partPath.LastIndexOf('/') + 1)] : string.Empty;
        var name = partPath[folder.Length..];
        using var stream = new MemoryStream();
        WriteRelationships(stream, relationships);
        _parts.Add((folder + "_rels/" + name + ".rels", null, stream.ToArray()));
    }

    /// <summary>The package's bytes.</summary>
    public byte[] ToArray()
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = new MemoryStream())
            {
                WriteContentTypes(types);
                Write(zip, "[Content_Types].xml", types.ToArray());
            }

            foreach (var (path, _, bytes) in _parts)
            {
                Write(zip, path, bytes);
            }
        }

        return output.ToArray();
    }

    private static void Write(ZipArchive zip, string path, byte[] bytes)
    {
        var entry = zip.CreateEntry(path, bytes.Length < CompressFrom ? CompressionLevel.NoCompression : CompressionLevel.Fastest);
        entry.LastWriteTime = EntryTime;
        using var stream = entry.Open();
        stream.Write(bytes);
    }

    private void WriteContentTypes(Stream stream)
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        using var writer = XmlWriter.Create(stream, XmlSettings);
        writer.WriteStartDocument(standalone: true);
        writer.WriteStartElement("Types", ns);
        Default(writer, ns, "rels", ContentTypes.Relationships);
        Default(writer, ns, "xml", ContentTypes.Xml);
        foreach (var (path, contentType, _) in _parts.Where(p => p.ContentType is not null))
        {
            writer.WriteStartElement("Override", ns);
            writer.WriteAttributeString("PartName", "/" + path);
            writer.WriteAttributeString("ContentType", contentType);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    private static void Default(XmlWriter writer, string ns, string extension, string contentType)
    {
        writer.WriteStartElement("Default", ns);
        writer.WriteAttributeString("Extension", extension);
        writer.WriteAttributeString("ContentType", contentType);
        writer.WriteEndElement();
    }

    private static void WriteRelationships(Stream stream, IEnumerable<PackageRelationship> relationships)
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/relationships";
        using var writer = XmlWriter.Create(stream, XmlSettings);
        writer.WriteStartDocument(standalone: true);
        writer.WriteStartElement("Relationships", ns);
        foreach (var relationship in relationships)
        {
            writer.WriteStartElement("Relationship", ns);
            writer.WriteAttributeString("Id", relationship.Id);
            writer.WriteAttributeString("Type", relationship.Type);
            writer.WriteAttributeString("Target", relationship.Target);
            if (relationship.External)
            {
                writer.WriteAttributeString("TargetMode", "External");
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndDocument();
    }
}
