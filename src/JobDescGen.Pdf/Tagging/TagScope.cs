using JobDescGen.Pdf.Rendering;

namespace JobDescGen.Pdf.Tagging;

/// <summary>
/// Opens and closes a block's structure element according to its <see cref="TagSpan"/>: a block split
/// across pages opens the element in its first part and closes it in its last.
/// </summary>
internal static class TagScope
{
    public static void Open(IDrawContext context, StructureTag? tag, TagSpan span)
    {
        if (tag is { } value && span.Opens)
        {
            context.BeginTag(value);
        }
    }

    public static void Close(IDrawContext context, StructureTag? tag, TagSpan span)
    {
        if (tag is not null && span.Closes)
        {
            context.EndTag();
        }
    }
}
