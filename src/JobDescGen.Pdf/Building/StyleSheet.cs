using JobDescGen.Pdf.Elements;
using JobDescGen.Pdf.Fonts;
using JobDescGen.Pdf.Text;
using JobDescGen.Pdf.Theme;

namespace JobDescGen.Pdf.Building;

/// <summary>The paragraph formats of each kind of content, derived from the theme in one place.</summary>
internal sealed class StyleSheet(PdfTheme theme)
{
    public PdfTheme Theme { get; } = theme;

    public ParagraphFormat Body => Format(Theme.BodySize, Theme.TextColor, Theme.Align);

    public ParagraphFormat Title => Format(Theme.TitleSize, Theme.HeadingColor, TextAlignment.Left, bold: true, leading: 1.15);

    public ParagraphFormat Byline => Format(Theme.BodySize, Theme.MutedColor, TextAlignment.Left);

    public ParagraphFormat Section => Format(Theme.SectionSize, Theme.HeadingColor, TextAlignment.Left, bold: true, leading: 1.2);

    public ParagraphFormat Subsection => Format(Theme.SubsectionSize, Theme.AccentColor, TextAlignment.Left, bold: true, leading: 1.25);

    public ParagraphFormat Notice => Format(Theme.NoticeSize, Theme.TextColor, Theme.Align, italic: true);

    public ParagraphFormat Cell => Format(Theme.BodySize, Theme.TextColor, TextAlignment.Left);

    public ParagraphFormat RowHeaderCell => Format(Theme.BodySize, Theme.HeadingColor, TextAlignment.Left, bold: true);

    public ParagraphFormat HeaderCell => Format(Theme.BodySize, Theme.TableHeaderColor, TextAlignment.Left, bold: true);

    public ParagraphFormat Bullet => Format(Theme.BodySize, Theme.BulletColor, TextAlignment.Left, bold: Theme.BulletBold);

    public ParagraphFormat Furniture => Format(Theme.FurnitureSize, Theme.FurnitureColor, TextAlignment.Left, leading: 1.2);

    private readonly FontChain _fallback = new(theme.FontFallback.Where(f => !string.Equals(f, theme.FontFamily, StringComparison.OrdinalIgnoreCase)));

    private ParagraphFormat Format(double size, PdfSharp.Drawing.XColor color, TextAlignment align, bool bold = false, bool italic = false, double? leading = null) =>
        new(new TextStyle(Theme.FontFamily, size, bold, italic, color) { Fallback = _fallback }, size * (leading ?? Theme.LineHeight), align);
}
