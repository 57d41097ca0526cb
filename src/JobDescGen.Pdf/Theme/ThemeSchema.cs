using JobDescGen.Pdf.Fonts;

namespace JobDescGen.Pdf.Theme;

/// <summary>
/// Every key a theme file may hold. The built-in templates/theme.yaml sets each of them, so a
/// user's theme only lists what it changes.
/// </summary>
internal static class ThemeSchema
{
    public static IReadOnlyList<ThemeSetting> Settings { get; } =
    [
        ThemeSetting.Choice("page.size", "A4", "Letter"),
        ThemeSetting.Number("page.margin_top", 10, 60),
        ThemeSetting.Number("page.margin_bottom", 10, 60),
        ThemeSetting.Number("page.margin_left", 10, 60),
        ThemeSetting.Number("page.margin_right", 10, 60),
        ThemeSetting.Choice("font.family", [.. BundledFonts.TextFamilies]),
        ThemeSetting.FamilyList("font.fallback", [.. BundledFonts.Families]),
        ThemeSetting.Number("font.size", 6, 24),
        ThemeSetting.Number("font.line_height", 1, 3),
        ThemeSetting.Choice("text.align", "justify", "left"),
        ThemeSetting.Choice("text.hyphenation", "patterns", "none"),
        ThemeSetting.Color("text.color"),
        ThemeSetting.Color("text.muted"),
        ThemeSetting.Color("text.rule"),
        ThemeSetting.Number("headings.title_size", 8, 60),
        ThemeSetting.Number("headings.section_size", 6, 40),
        ThemeSetting.Number("headings.subsection_size", 6, 30),
        ThemeSetting.Color("headings.color"),
        ThemeSetting.Color("headings.accent"),
        ThemeSetting.Number("headings.rule_width", 0, 6),
        ThemeSetting.Number("headings.rule_gap", 0, 30),
        ThemeSetting.Number("spacing.paragraph", 0, 40),
        ThemeSetting.Number("spacing.list_item", 0, 20),
        ThemeSetting.Number("spacing.section", 0, 60),
        ThemeSetting.Number("spacing.subsection", 0, 40),
        ThemeSetting.Number("spacing.list_indent", 4, 60),
        ThemeSetting.Choice("lists.bullet_weight", "regular", "bold"),
        ThemeSetting.Color("lists.bullet_color"),
        ThemeSetting.Color("notice.background"),
        ThemeSetting.Number("notice.size", 6, 24),
        ThemeSetting.Number("notice.padding", 0, 40),
        ThemeSetting.Number("notice.bar_width", 0, 20),
        ThemeSetting.Color("table.header_background"),
        ThemeSetting.Color("table.header_color"),
        ThemeSetting.Color("table.stripe_background"),
        ThemeSetting.Color("table.rule"),
        ThemeSetting.Number("table.first_column", 10, 60),
        ThemeSetting.Number("table.padding_x", 0, 30),
        ThemeSetting.Number("table.padding_y", 0, 30),
        ThemeSetting.Number("table.rule_width", 0, 6),
        ThemeSetting.Number("furniture.size", 5, 14),
        ThemeSetting.Color("furniture.color"),
        ThemeSetting.Color("furniture.rule"),
        ThemeSetting.Number("furniture.rule_width", 0, 6),
        ThemeSetting.File("logo.file"),
        ThemeSetting.Number("logo.width", 5, 80),
        ThemeSetting.Text("metadata.author"),
        ThemeSetting.Text("hyphenation.exceptions_nl"),
        ThemeSetting.Text("hyphenation.exceptions_fr"),
        ThemeSetting.Text("hyphenation.exceptions_de"),
        ThemeSetting.Text("hyphenation.exceptions_en"),
    ];

    /// <summary>The section names (the part before the dot), in file order.</summary>
    public static IReadOnlyList<string> Sections { get; } = [.. Settings.Select(s => SectionOf(s.Key)).Distinct()];

    public static string SectionOf(string key) => key[..key.IndexOf('.', StringComparison.Ordinal)];

    public static string NameOf(string key) => key[(key.IndexOf('.', StringComparison.Ordinal) + 1)..];

    public static IReadOnlyList<string> KeysOf(string section) =>
        [.. Settings.Where(s => SectionOf(s.Key) == section).Select(s => NameOf(s.Key))];

    public static ThemeSetting? Find(string key) => Settings.FirstOrDefault(s => s.Key == key);
}
