using System.Text;

namespace JobDescGen.Pdf.Rendering.Compaction;

/// <summary>
/// Dictionary keys as strings, shared: a tagged file repeats the same few keys (/Type, /S, /P, /K,
/// /Pg …) hundreds of times, and each would otherwise be a new string.
/// </summary>
internal static class PdfKeys
{
    private static readonly string[] Known =
    [
        "Type", "S", "P", "K", "Pg", "MCID", "Parent", "Kids", "Count", "Title", "Dest", "Prev", "Next", "First", "Last", "Length",
        "Subtype", "Filter", "Font", "Resources", "Contents", "MediaBox", "Scope", "O", "A", "Alt", "ActualText", "Lang", "Obj",
        "Rect", "Border", "F", "URI", "D", "BaseFont", "Encoding", "DescendantFonts", "ToUnicode", "FontDescriptor", "W", "CIDToGIDMap",
        "CIDSystemInfo", "Registry", "Ordering", "Supplement", "ExtGState", "ProcSet", "StructParents", "StructParent", "ParentTree",
        "ParentTreeNextKey", "Nums", "RoleMap", "MarkInfo", "Marked", "StructTreeRoot", "Metadata", "ViewerPreferences", "PageMode",
        "Outlines", "Pages", "Root", "Info", "ID", "Size", "Annots", "Tabs", "Group", "CA", "ca", "BM", "SMask", "Annotation",
    ];

    public static string Of(ReadOnlySpan<byte> name)
    {
        foreach (var known in Known)
        {
            if (Ascii.Equals(name, known))
            {
                return known;
            }
        }

        return Encoding.ASCII.GetString(name);
    }
}
