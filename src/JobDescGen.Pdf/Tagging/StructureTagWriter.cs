using PdfSharp.UniversalAccessibility;

namespace JobDescGen.Pdf.Tagging;

/// <summary>Opens PDFsharp structure elements for the layout's tags.</summary>
internal static class StructureTagWriter
{
    public static void Begin(StructureBuilder builder, StructureTag tag)
    {
        switch (tag)
        {
            case StructureTag.BlockQuote:
                builder.BeginElement(PdfGroupingElementTag.BlockQuotation);
                break;
            case StructureTag.Caption:
                // PDFsharp files Caption under grouping elements, which get no marked content; a
                // caption holds its text itself, as a block-level element does.
                builder.BeginBlockLevelElement("/Caption");
                break;
            case StructureTag.Note:
                // A grouping element around the notice's paragraphs; PDF/UA asks every Note for an ID.
                builder.BeginGroupingElement("/Note");
                var element = builder.CurrentStructureElement;
                element.Elements.SetString("/ID", "note-" + element.Reference!.ObjectNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));
                break;
            case StructureTag.TableHeaderCell or StructureTag.TableRowHeaderCell:
                builder.BeginElement(PdfBlockLevelElementTag.TableHeaderCell);

                // Screen readers announce a cell with its column's and its row's header cells.
                builder.CurrentStructureElement.TableAttributes.Elements.SetName("/Scope", tag == StructureTag.TableHeaderCell ? "/Column" : "/Row");
                break;
            default:
                builder.BeginElement(BlockTag(tag));
                break;
        }
    }

    private static PdfBlockLevelElementTag BlockTag(StructureTag tag) => tag switch
    {
        StructureTag.Heading1 => PdfBlockLevelElementTag.Heading1,
        StructureTag.Heading2 => PdfBlockLevelElementTag.Heading2,
        StructureTag.Heading3 => PdfBlockLevelElementTag.Heading3,
        StructureTag.List => PdfBlockLevelElementTag.List,
        StructureTag.ListItem => PdfBlockLevelElementTag.ListItem,
        StructureTag.Label => PdfBlockLevelElementTag.Label,
        StructureTag.ListBody => PdfBlockLevelElementTag.ListBody,
        StructureTag.Table => PdfBlockLevelElementTag.Table,
        StructureTag.TableRow => PdfBlockLevelElementTag.TableRow,
        StructureTag.TableDataCell => PdfBlockLevelElementTag.TableDataCell,
        _ => PdfBlockLevelElementTag.Paragraph,
    };
}
