using JobDescGen.Pdf.Building;
using JobDescGen.Pdf.Text;
using JobDescGen.Pdf.Theme;
using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Rendering;

/// <summary>
/// What repeats on every page, marked as artifacts: the running header (title, from page 2 on, so it
/// does not repeat the title block), the footer (byline and "Pagina X van Y"), and the logo on page 1.
/// </summary>
internal sealed class PageFurniture(PdfTheme theme, StyleSheet styles, ITextMeasurer measurer, string header, string footer, Func<int, int, string> pageLabel)
{
    private const double RuleThickness = 0.5;

    public void Draw(IDrawContext context, int page, int pages)
    {
        context.BeginArtifact();
        var style = styles.Furniture.Style;
        var left = theme.Margins.Left;
        var right = theme.PageWidth - theme.Margins.Right;
        var baselineOffset = measurer.Baseline(style, styles.Furniture.LineHeight);
        if (page == 1 && theme.Logo is { } logo)
        {
            DrawLogo(context, logo, right);
        }

        if (page > 1)
        {
            // The header sits in the top margin, its rule a little above the text area.
            var headerTop = theme.Margins.Top - (styles.Furniture.LineHeight * 2.2);
            context.Text(Fit(header, style, right - left), style, left, headerTop + baselineOffset);
            var ruleY = headerTop + styles.Furniture.LineHeight + 3;
            context.Line(left, ruleY, right, ruleY, theme.FurnitureRuleColor, RuleThickness);
        }

        var footerTop = theme.PageHeight - theme.Margins.Bottom + (styles.Furniture.LineHeight * 1.2);
        context.Line(left, footerTop - 4, right, footerTop - 4, theme.FurnitureRuleColor, RuleThickness);
        var label = pageLabel(page, pages);
        var labelWidth = measurer.Width(label, style);
        context.Text(Fit(footer, style, right - left - labelWidth - 12), style, left, footerTop + baselineOffset);
        context.Text(label, style, right - labelWidth, footerTop + baselineOffset);
        context.EndArtifact();
    }

    private void DrawLogo(IDrawContext context, byte[] logo, double right)
    {
        using var stream = new MemoryStream(logo, writable: false);
        using var image = XImage.FromStream(stream);
        var width = theme.LogoWidth;
        var height = width * image.PixelHeight / Math.Max(1, image.PixelWidth);

        // Top right, inside the top margin, never taller than the margin leaves room for.
        var maxHeight = theme.Margins.Top * 0.6;
        if (height > maxHeight)
        {
            width *= maxHeight / height;
            height = maxHeight;
        }

        context.Image(logo, new XRect(right - width, (theme.Margins.Top - height) / 2, width, height));
    }

    /// <summary>Shortens a header text that would run into the page label, ending it with an ellipsis.</summary>
    private string Fit(string text, TextStyle style, double width)
    {
        if (measurer.Width(text, style) <= width)
        {
            return text;
        }

        var cut = text.Length;
        while (cut > 1 && measurer.Width(text[..cut] + "…", style) > width)
        {
            cut--;
        }

        return text[..cut].TrimEnd() + "…";
    }
}
