namespace JobDescGen.Pdf.Tagging;

/// <summary>
/// The structure tree as a document's pages are drawn: elements open and close in drawing order
/// (one may stay open from page to page), and each marked-content sequence drawn belongs to the
/// innermost open element. Keeps per page which element each MCID belongs to (the parent tree).
/// </summary>
internal sealed class StructureTree
{
    private readonly List<List<StructureElement>> _pages = [];
    private StructureElement _current;
    private int _notes;

    public StructureTree()
    {
        Root = new StructureElement("Document", null);
        _current = Root;
    }

    /// <summary>The document element, kid of the StructTreeRoot.</summary>
    public StructureElement Root { get; }

    /// <summary>Per page, the element of each MCID (the index).</summary>
    public IReadOnlyList<List<StructureElement>> PageContents => _pages;

    /// <summary>How many elements are open below the document element.</summary>
    public int Depth { get; private set; }

    public StructureElement Current => _current;

    /// <summary>Opens the element of a layout tag under the current one.</summary>
    public void Begin(StructureTag tag)
    {
        var element = tag switch
        {
            StructureTag.TableHeaderCell => new StructureElement("TH", _current) { Scope = "Column" },
            StructureTag.TableRowHeaderCell => new StructureElement("TH", _current) { Scope = "Row" },
            StructureTag.Note => new StructureElement("Note", _current) { Id = "note-" + (++_notes).ToString(System.Globalization.CultureInfo.InvariantCulture) },
            _ => new StructureElement(TypeOf(tag), _current),
        };
        Open(element);
    }

    /// <summary>Opens a Link element under the current one, holding the annotation <paramref name="annotation"/> of page <paramref name="page"/>.</summary>
    public void BeginLink(int page, int annotation)
    {
        var link = new StructureElement("Link", _current);
        link.Kids.Add(StructureKid.Link(page, annotation));
        Open(link);
    }

    /// <summary>Closes the innermost open element; the document element stays.</summary>
    public void End()
    {
        if (_current.Parent is { } parent)
        {
            _current = parent;
            Depth--;
        }
    }

    /// <summary>A new marked-content sequence of the current element on page <paramref name="page"/>: its MCID.</summary>
    public int MarkContent(int page)
    {
        while (_pages.Count <= page)
        {
            _pages.Add([]);
        }

        var mcid = _pages[page].Count;
        _pages[page].Add(_current);
        _current.Kids.Add(StructureKid.Content(page, mcid));
        return mcid;
    }

    private void Open(StructureElement element)
    {
        _current.Kids.Add(StructureKid.Of(element));
        _current = element;
        Depth++;
    }

    private static string TypeOf(StructureTag tag) => tag switch
    {
        StructureTag.Heading1 => "H1",
        StructureTag.Heading2 => "H2",
        StructureTag.Heading3 => "H3",
        StructureTag.List => "L",
        StructureTag.ListItem => "LI",
        StructureTag.Label => "Lbl",
        StructureTag.ListBody => "LBody",
        StructureTag.Table => "Table",
        StructureTag.TableRow => "TR",
        StructureTag.TableDataCell => "TD",
        StructureTag.BlockQuote => "BlockQuote",
        StructureTag.Caption => "Caption",
        _ => "P",
    };
}
