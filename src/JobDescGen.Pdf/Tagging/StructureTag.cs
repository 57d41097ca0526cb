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
}
