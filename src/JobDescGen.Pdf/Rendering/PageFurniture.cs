using JobDescGen.Pdf.Building;
using JobDescGen.Pdf.Text;
using JobDescGen.Pdf.Theme;
using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Rendering;

/// <summary>
/// What repeats on every page, marked as artifacts: the running header (title, from page 2 on, so it
/// does not repeat the title block), the footer (version, date, organisation and "Pagina X van Y"),
/// and the logo on page 1. Kept inside the page and clear of the text area whatever the margins.
/// </summary>
internal sealed class PageFurniture(PdfTheme theme, StyleSheet styles, ITextMeasurer measurer, string header, string footer, Func<int, int, string> pageLabel)
{
    /// <summary>The least distance from the paper's edge, as a share of the margin the furniture sits in.</summary>
    private const double EdgeShare = 0.2;

    /// <summary>Between a furniture line and its rule.</summary>
    private const double RuleGap = 3;

    public void Draw(IDrawContext context, int page, int pages)
    {
        var style = styles.Furniture.Style;
        var left = theme.Margins.Left;
        var right = theme.PageWidth - theme.Margins.Right;
        var baselineOffset = measurer.Baseline(style, styles.Furniture.LineHeight);
        if (page == 1 && theme.Logo is { } logo)
        {
            context.BeginArtifact(ArtifactKind.Header);
            DrawLogo(context, logo, right);
            context.EndArtifact();
        }

        if (page > 1)
        {
            // The header sits in the top margin, its rule a little above the text area; with a
            // narrow margin or large type it moves up, but never off the paper.
            var lineHeight = styles.Furniture.LineHeight;
            context.BeginArtifact(ArtifactKind.Header);
            var headerTop = Math.Max(theme.Margins.Top - (lineHeight * 2.2), Math.Min(theme.Margins.Top * EdgeShare, theme.Margins.Top - lineHeight - RuleGap - 1));
            context.Text(Fit(header, style, right - left), style, left, headerTop + baselineOffset);
            var ruleY = Math.Min(headerTop + lineHeight + RuleGap, theme.Margins.Top - 1);
            context.Line(left, ruleY, right, ruleY, theme.FurnitureRuleColor, theme.FurnitureRuleWidth);
            context.EndArtifact();
        }

        context.BeginArtifact(ArtifactKind.Footer);

        var bodyBottom = theme.PageHeight - theme.Margins.Bottom;
        var footerTop = Math.Min(bodyBottom + (styles.Furniture.LineHeight * 1.2), Math.Max(theme.PageHeight - (theme.Margins.Bottom * EdgeShare) - styles.Furniture.LineHeight, bodyBottom + RuleGap + 2));
        var footerRule = Math.Max(footerTop - RuleGap - 1, bodyBottom + 1);
        context.Line(left, footerRule, right, footerRule, theme.FurnitureRuleColor, theme.FurnitureRuleWidth);
        var label = pageLabel(page, pages);
        var labelWidth = measurer.Width(label, style);
        context.Text(Fit(footer, style, right - left - labelWidth - 12), style, left, footerTop + baselineOffset);
        context.Text(label, style, right - labelWidth, footerTop + baselineOffset);
        context.EndArtifact();
    }

    private void DrawLogo(IDrawContext context, byte[] logo, double right)
    {
        var image = SharedLogo.For(logo).Image;
        var width = theme.LogoWidth;
        var height = width * image.PixelHeight / Math.Max(1, image.PixelWidth);

        // Top right, inside the top margin, never taller than the margin leaves room for.
        var maxHeight = theme.Margins.Top * 0.6;
        if (height > maxHeight)
        {
            width *= maxHeight / height;
            height = maxHeight;
        }

        context.Image(image, new XRect(right - width, (theme.Margins.Top - height) / 2, width, height));
    }

    /// <summary>Shortens a header text that would run into the page label, ending it with an ellipsis.</summary>
    private string Fit(string text, TextStyle style, double width)
    {
        if (text.Length == 0 || measurer.Width(text, style) <= width)
        {
            return text;
        }

        // Binary search for the longest prefix that fits: a handful of measurements, not one per letter.
        var (low, high) = (0, text.Length - 1);
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (measurer.Width(text[..middle] + "…", style) <= width)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return text[..low].TrimEnd() + "…";
    }
}
