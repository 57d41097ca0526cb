using JobDescGen.Pdf.Rendering.Objects;
using JobDescGen.Pdf.Tagging;
using static JobDescGen.Pdf.Rendering.Assembly.ObjectTable;

namespace JobDescGen.Pdf.Rendering.Assembly;

/// <summary>
/// Writes the structure tree: the StructTreeRoot over the document element, every element with its
/// kids (MCIDs, child elements, OBJRs of link annotations), and the parent tree that leads from each
/// page's MCIDs and each annotation back to its element.
/// </summary>
internal static class StructureObjects
{
    /// <summary>
    /// Adds the objects of <paramref name="tree"/> to <paramref name="table"/>; <paramref name="pages"/> are the page
    /// objects' numbers, <paramref name="annotations"/> the link annotations' (annotation i has /StructParent pages + i).
    /// </summary>
    public static PdfReference Add(ObjectTable table, StructureTree tree, int[] pages, int[] annotations)
    {
        var root = table.Reserve();
        var elements = new List<StructureElement>();
        Number(tree.Root, table, elements);
        var links = new int[annotations.Length];
        foreach (var element in elements)
        {
            table.Set(element.Number, Element(element, element.Parent?.Number ?? root, pages, annotations, links));
        }

        var nums = new List<PdfValue>();
        for (var page = 0; page < pages.Length; page++)
        {
            var marked = page < tree.PageContents.Count ? tree.PageContents[page] : [];
            nums.Add(Integer(page));
            nums.Add(Array(marked.Select(e => (PdfValue)Reference(e.Number))));
        }

        for (var i = 0; i < annotations.Length; i++)
        {
            nums.Add(Integer(pages.Length + i));
            nums.Add(Reference(links[i]));
        }

        var parentTree = table.Add(Dictionary(("Nums", new PdfArray(nums))));
        return table.Set(root, Dictionary(
            ("Type", Name("StructTreeRoot")),
            ("K", Reference(tree.Root.Number)),
            ("ParentTree", parentTree),
            ("ParentTreeNextKey", Integer(pages.Length + annotations.Length))));
    }

    /// <summary>Numbers the elements in reading order.</summary>
    private static void Number(StructureElement element, ObjectTable table, List<StructureElement> elements)
    {
        element.Number = table.Reserve();
        elements.Add(element);
        foreach (var kid in element.Kids)
        {
            if (kid.Element is { } child)
            {
                Number(child, table, elements);
            }
        }
    }

    private static PdfDictionary Element(StructureElement element, int parent, int[] pages, int[] annotations, int[] links)
    {
        // The element's page: that of its first content; content on another page says its own.
        var page = -1;
        foreach (var kid in element.Kids)
        {
            if (kid.Element is null)
            {
                page = kid.Page;
                break;
            }
        }

        var kids = new List<PdfValue>(element.Kids.Count);
        foreach (var kid in element.Kids)
        {
            if (kid.Element is { } child)
            {
                kids.Add(Reference(child.Number));
            }
            else if (kid.Annotation >= 0)
            {
                links[kid.Annotation] = element.Number;
                kids.Add(Dictionary(("Type", Name("OBJR")), ("Obj", Reference(annotations[kid.Annotation])), ("Pg", Reference(pages[kid.Page]))));
            }
            else if (kid.Page == page)
            {
                kids.Add(Integer(kid.Mcid));
            }
            else
            {
                kids.Add(Dictionary(("Type", Name("MCR")), ("Pg", Reference(pages[kid.Page])), ("MCID", Integer(kid.Mcid))));
            }
        }

        // /S before /ID: a Note reads "/S/Note/ID(note-1)".
        return Dictionary(
            ("Type", Name("StructElem")),
            ("S", Name(element.Type)),
            ("ID", element.Id is { } id ? PdfStrings.Text(id) : null),
            ("A", element.Scope is { } scope ? Dictionary(("O", Name("Table")), ("Scope", Name(scope))) : null),
            ("P", Reference(parent)),
            ("Pg", page >= 0 ? Reference(pages[page]) : null),
            ("K", kids.Count switch { 0 => null, 1 => kids[0], _ => new PdfArray(kids) }));
    }
}
