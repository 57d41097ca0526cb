using System.Globalization;
using JobDescGen.Diagnostics;

namespace JobDescGen.Pdf.Theme;

/// <summary>
/// Checks that a theme's sizes leave room for text: each value may be within its range while
/// together they do not (margins 60 mm, 24 pt type, table padding 30 pt leave a table cell 1.7
/// characters wide, and the layout could never place a row). The height needs no check: within
/// the documented ranges the text area (at least 502 pt) always holds the tallest heading line
/// and a table row. Also words the error for a document that the layout found could not fit,
/// naming the values that decide it.
/// </summary>
internal static class ThemeGeometry
{
    // A table cell must hold a word of a few letters: 4 ems of the body type.
    private const double MinimumCellEms = 4;

    /// <summary>Reports what does not fit to <paramref name="diagnostics"/>; true when the geometry is sound.</summary>
    public static bool Check(PdfTheme theme, DiagnosticBag diagnostics)
    {
        var before = diagnostics.ErrorCount();
        var location = SourceLocation.FileOnly(theme.File);
        var width = theme.ContentWidth;
        var firstColumn = (theme.TableFirstColumn * width) - (2 * theme.TablePaddingX);
        var otherColumn = ((1 - theme.TableFirstColumn) * width) - (2 * theme.TablePaddingX);
        var minimumCell = MinimumCellEms * theme.BodySize;
        if (Math.Min(firstColumn, otherColumn) < minimumCell)
        {
            diagnostics.Error(
                location,
                $"the criteria table leaves its columns {Points(firstColumn)} and {Points(otherColumn)} wide for text, less than the {Points(minimumCell)} (4 times font.size) a cell needs: text width {Points(width)} (page minus margin_left and margin_right), table.first_column {Number(theme.TableFirstColumn * 100)} %, table.padding_x {Number(theme.TablePaddingX)} pt on each side",
                "make the margins, table.padding_x or font.size smaller, or table.first_column closer to 50");
        }

        return diagnostics.ErrorCount() == before;
    }

    /// <summary>The error for a document the layout could not fit on pages: the values that decide it.</summary>
    public static Diagnostic Overflow(PdfTheme theme, string reason) => new(
        DiagnosticSeverity.Error,
        SourceLocation.FileOnly(theme.File),
        $"the PDF theme leaves no room for this document: {reason} (text area {Points(theme.ContentWidth)} × {Points(theme.ContentHeight)} from the page size and margins; font.size {Number(theme.BodySize)}, font.line_height {Number(theme.LineHeight)}, table.first_column {Number(theme.TableFirstColumn * 100)} %, table.padding_x {Number(theme.TablePaddingX)}, table.padding_y {Number(theme.TablePaddingY)})",
        "make the margins, type sizes, line height or table padding smaller");

    /// <summary>The error for text too long for any page (a heading never splits): what it is, and what to shorten.</summary>
    public static Diagnostic TooTall(PdfTheme theme, string reason, string advice) => new(
        DiagnosticSeverity.Error,
        SourceLocation.FileOnly(theme.File),
        $"the PDF cannot hold this document: {reason} (text area {Points(theme.ContentWidth)} × {Points(theme.ContentHeight)} from this theme's page size and margins)",
        advice);

    private static string Points(double value) => value.ToString("0", CultureInfo.InvariantCulture) + " pt";

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
