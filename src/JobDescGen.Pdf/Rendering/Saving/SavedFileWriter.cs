using System.Globalization;
using ByteBuffer = JobDescGen.Pdf.Rendering.Compaction.ByteBuffer;
using PdfSharp;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Annotations;

namespace JobDescGen.Pdf.Rendering.Saving;

/// <summary>
/// Writes a drawn document as <c>PdfDocument.Save</c> would write it uncompressed, byte for byte,
/// but into a reused buffer and without PDFsharp's writer, which formats every token through a
/// string (a tagged page is hundreds of small structure elements): PDFsharp still prepares the
/// document (font subsets, structure tree, outline, object numbers, XMP), and what its objects
/// change while they are written is changed here the same way.
/// </summary>
/// <remarks>
/// Only for what <see cref="PdfRenderer"/> draws; <see cref="CanWrite"/> says when it applies.
/// The objects it does not know (forms, signatures, encryption, named destinations) make it throw
/// <see cref="NotSupportedException"/>: a bug in this writer, not bad input.
/// </remarks>
internal static class SavedFileWriter
{
    /// <summary>
    /// False when the document has no bookmarks: PDFsharp then leaves the outline root out of the
    /// file but not out of its cross-reference table, which this writer does not imitate.
    /// </summary>
    public static bool CanWrite(PdfDocument document) => document.Outlines.Count > 0 && document.PageCount > 0;

    /// <summary>Prepares <paramref name="document"/> for saving and writes it into <paramref name="output"/> (cleared first).</summary>
    public static void Write(PdfDocument document, ByteBuffer output)
    {
        output.Clear();
        var trailer = PdfSharpInternals.Trailer(document);
        trailer.Elements.Remove("/Encrypt");
        PdfSharpInternals.PrepareForSave(document);

        var writer = new PdfItemWriter(output);
        writer.Raw(string.Create(CultureInfo.InvariantCulture, $"%PDF-{document.Version / 10}.{document.Version % 10}\n%\xD3\xF4\xCC\xE1\n"));
        var objects = document.Internals.GetAllObjects();
        var positions = new int[objects.Length];
        for (var i = 0; i < objects.Length; i++)
        {
            positions[i] = writer.Position;
            WriteObject(writer, document, objects[i]);
        }

        var startXref = writer.Position;
        writer.Raw(string.Create(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n"));
        for (var i = 0; i < objects.Length; i++)
        {
            var entry = output.Reserve(20);
            Digits(entry[..10], positions[i]);
            entry[10] = (byte)' ';
            Digits(entry.Slice(11, 5), objects[i].Reference!.GenerationNumber);
            " n \n"u8.CopyTo(entry[16..]);
            output.Advance(20);
        }

        writer.Raw("trailer\n"u8);
        trailer.Elements.Remove("/XRefStm");
        trailer.Elements.SetInteger("/Size", objects.Length + 1);
        writer.Raw("<<"u8);
        writer.Entries(trailer);
        writer.Raw(">>"u8);
        writer.Raw($"% Created with PDFsharp {PdfSharpProductVersionInformation.SemanticVersion} ({Capabilities.Build.BuildName}) under .NET {Capabilities.Build.Framework}\n");
        writer.Raw("startxref\n"u8);
        writer.Raw(startXref.ToString(CultureInfo.InvariantCulture));
        writer.Raw("\n%%EOF\n"u8);
    }

    private static void WriteObject(PdfItemWriter writer, PdfDocument document, PdfObject item)
    {
        BeforeWrite(document, item);
        var reference = item.Reference!;
        writer.Output.AddInteger(reference.ObjectNumber);
        writer.Output.Add((byte)' ');
        writer.Output.AddInteger(reference.GenerationNumber);
        writer.Raw(" obj\n"u8);
        switch (item)
        {
            case PdfDictionary dictionary:
                writer.Raw("<<"u8);
                writer.Entries(dictionary);
                if (dictionary.Stream is { } stream)
                {
                    writer.Raw(">>\nstream\n"u8);
                    writer.Raw(stream.Value);
                    writer.Raw("\nendstream\n"u8);
                }
                else
                {
                    writer.Raw(">>\n"u8);
                }

                break;
            case PdfArray array:
                writer.Raw("["u8);
                foreach (var element in array.Elements)
                {
                    writer.Write(element);
                }

                writer.Raw("]\n"u8);
                break;
            default:
                throw new NotSupportedException($"an indirect {item.GetType().Name}");
        }

        writer.NewLine();
        writer.Raw("endobj\n"u8);
    }

    /// <summary>What PDFsharp 6.2.4's WriteObject overrides change in the objects this renderer makes.</summary>
    private static void BeforeWrite(PdfDocument document, PdfObject item)
    {
        switch (item)
        {
            case PdfPage page when !page.Elements.ContainsKey("/Group") && document.Options.ColorMode != PdfColorMode.Undefined:
                // A transparency group against rendering problems in Adobe's viewers.
                var group = new PdfDictionary();
                group.Elements.SetName("/CS", document.Options.ColorMode == PdfColorMode.Cmyk ? "/DeviceCMYK" : "/DeviceRGB");
                group.Elements.SetName("/S", "/Transparency");
                page.Elements["/Group"] = group;
                break;
            case PdfContent content when content.Stream is not null:
                content.Elements.SetInteger("/Length", content.Stream.Length);
                break;
            case PdfLinkAnnotation link:
                // A zero-width border (PDFsharp's fix for old viewers); the destination or action is set by LinkDestinations.
                if (link.Elements["/BS"] is null)
                {
                    link.Elements["/BS"] = new PdfLiteral("<</Type/Border/W 0>>");
                }

                if (link.Elements["/Border"] is null)
                {
                    link.Elements["/Border"] = new PdfLiteral("[0 0 0]");
                }

                break;
            case PdfOutline { Parent: null, HasChildren: false }:
            case PdfCatalog catalog when catalog.Elements["/PageMode"] is null:
                throw new NotSupportedException($"a {item.GetType().Name} this writer does not imitate");
        }
    }

    private static void Digits(Span<byte> field, int value)
    {
        for (var i = field.Length - 1; i >= 0; i--)
        {
            field[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
