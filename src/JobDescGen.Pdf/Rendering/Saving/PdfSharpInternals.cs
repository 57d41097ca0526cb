using System.Runtime.CompilerServices;
using PdfSharp.Pdf;

namespace JobDescGen.Pdf.Rendering.Saving;

/// <summary>
/// The two internal members of PDFsharp 6.2.4 that <see cref="SavedFileWriter"/> needs: what
/// <c>PdfDocument.Save</c> does before it writes (font subsets, structure tree, outline, object
/// numbers, XMP), and the trailer it writes last. Bound at compile time (no reflection), so Native
/// AOT keeps them; the package version is pinned in Directory.Packages.props.
/// </summary>
internal static class PdfSharpInternals
{
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "PrepareForSave")]
    public static extern void PrepareForSave(PdfDocument document);

    // PdfTrailer is internal: named by its type name, returned as what it derives from.
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_Trailer")]
    [return: UnsafeAccessorType("PdfSharp.Pdf.Advanced.PdfTrailer, PdfSharp")]
    private static extern object TrailerObject(PdfDocument document);

    public static PdfDictionary Trailer(PdfDocument document) => (PdfDictionary)TrailerObject(document);
}
