using System.Collections.Concurrent;
using DocumentFormat.OpenXml.Packaging;
using JobDescGen.Diagnostics;
using JobDescGen.Testing;

namespace JobDescGen.Docx.Tests.Support;

/// <summary>The DOCX of each bundled level with the built-in reference, written once per test run.</summary>
internal static class BundledDocx
{
    private static readonly ConcurrentDictionary<string, byte[]> Written = new(StringComparer.Ordinal);

    public static DocxDocumentWriter Writer { get; } = DocxDocumentWriter.Create(null, new DiagnosticBag())!;

    public static byte[] Bytes(string level) => Written.GetOrAdd(level, l => Writer.Write(BundledDocuments.Document(l)));

    /// <summary>Opens the bytes read-only with the SDK (the caller disposes it).</summary>
    public static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false);

    public static TheoryData<string> Levels() => new(BundledDocuments.Levels);
}
