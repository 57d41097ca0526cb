namespace JobDescGen.Pdf.Tagging;

/// <summary>The structure types the layout emits (PDF 1.7 standard structure types).</summary>
internal enum StructureTag
{
    Heading1,
    Heading2,
    Heading3,
    Paragraph,
    List,
    ListItem,
    Label,
    ListBody,
    Table,
    TableRow,
    TableHeaderCell,
    TableRowHeaderCell,
    TableDataCell,
    BlockQuote,

    /// <summary>A lead-in that names what follows ("Voorbeelden van taken").</summary>
    Caption,

    /// <summary>A note set apart from the text (the gender-neutral wording notice).</summary>
    Note,
}
