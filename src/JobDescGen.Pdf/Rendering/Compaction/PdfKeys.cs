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

    public static string Of(ReadOnlySpan<byte> name) => Shared(name, Known);

    /// <summary>The string of <paramref name="word"/>: one of <paramref name="known"/> when it is one (no new string), else a new one.</summary>
    public static string Shared(ReadOnlySpan<byte> word, string[] known)
    {
        foreach (var candidate in known)
        {
            if (Ascii.Equals(word, candidate))
            {
                return candidate;
            }
        }

        return Encoding.ASCII.GetString(word);
    }
}
