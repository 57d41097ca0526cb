using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Theme;

/// <summary>Builds a <see cref="PdfTheme"/> from checked theme values, converting millimetres to points.</summary>
internal static class ThemeFactory
{
    private const double PointsPerMillimetre = 72 / 25.4;

    public static PdfTheme Create(IReadOnlyDictionary<string, object?> values)
    {
        double Number(string key) => (double)values[key]!;
        XColor Color(string key) => (XColor)values[key]!;
        double Millimetres(string key) => Number(key) * PointsPerMillimetre;

        var (width, height) = (string)values["page.size"]! == "Letter" ? (612.0, 792.0) : (595.276, 841.89);
        return new PdfTheme
        {
            PageWidth = width,
            PageHeight = height,
            Margins = new Thickness(Millimetres("page.margin_top"), Millimetres("page.margin_right"), Millimetres("page.margin_bottom"), Millimetres("page.margin_left")),
            FontFamily = (string)values["font.family"]!,
            FontFallback = (IReadOnlyList<string>?)values["font.fallback"] ?? [],
            BodySize = Number("font.size"),
            LineHeight = Number("font.line_height"),
            Align = (string)values["text.align"]! == "left" ? TextAlignment.Left : TextAlignment.Justify,
            TextColor = Color("text.color"),
            MutedColor = Color("text.muted"),
            BreakColor = Color("text.rule"),
            TitleSize = Number("headings.title_size"),
            SectionSize = Number("headings.section_size"),
            SubsectionSize = Number("headings.subsection_size"),
            HeadingColor = Color("headings.color"),
            AccentColor = Color("headings.accent"),
            HeadingRuleWidth = Number("headings.rule_width"),
            HeadingRuleGap = Number("headings.rule_gap"),
            ParagraphSpacing = Number("spacing.paragraph"),
            ListItemSpacing = Number("spacing.list_item"),
            SectionSpacing = Number("spacing.section"),
            SubsectionSpacing = Number("spacing.subsection"),
            ListIndent = Number("spacing.list_indent"),
            NoticeBackground = Color("notice.background"),
            NoticeSize = Number("notice.size"),
            NoticePadding = Number("notice.padding"),
            NoticeBarWidth = Number("notice.bar_width"),
            TableHeaderBackground = Color("table.header_background"),
            TableHeaderColor = Color("table.header_color"),
            TableStripeBackground = Color("table.stripe_background"),
            TableRuleColor = Color("table.rule"),
            TableFirstColumn = Number("table.first_column") / 100,
            TablePaddingX = Number("table.padding_x"),
            TablePaddingY = Number("table.padding_y"),
            TableRuleWidth = Number("table.rule_width"),
            FurnitureSize = Number("furniture.size"),
            FurnitureColor = Color("furniture.color"),
            FurnitureRuleColor = Color("furniture.rule"),
            FurnitureRuleWidth = Number("furniture.rule_width"),
            Logo = (byte[]?)values["logo.file"],
            LogoWidth = Millimetres("logo.width"),
            Author = (string?)values["metadata.author"],
            Hyphenate = (string)values["text.hyphenation"]! == "patterns",
            BulletBold = (string)values["lists.bullet_weight"]! == "bold",
            BulletColor = Color("lists.bullet_color"),
            HyphenationExceptionsNl = (string?)values["hyphenation.exceptions_nl"] ?? string.Empty,
            HyphenationExceptionsFr = (string?)values["hyphenation.exceptions_fr"] ?? string.Empty,
            HyphenationExceptionsDe = (string?)values["hyphenation.exceptions_de"] ?? string.Empty,
            HyphenationExceptionsEn = (string?)values["hyphenation.exceptions_en"] ?? string.Empty,
        };
    }
}
