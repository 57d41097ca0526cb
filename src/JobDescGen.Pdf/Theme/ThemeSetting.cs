namespace JobDescGen.Pdf.Theme;

/// <summary>One key of the theme file, with the range or choices it accepts.</summary>
internal sealed record ThemeSetting(string Key, ThemeSettingKind Kind, double Min = 0, double Max = 0, IReadOnlyList<string>? Choices = null)
{
    public static ThemeSetting Number(string key, double min, double max) => new(key, ThemeSettingKind.Number, min, max);

    public static ThemeSetting Color(string key) => new(key, ThemeSettingKind.Color);

    public static ThemeSetting Choice(string key, params string[] choices) => new(key, ThemeSettingKind.Choice, Choices: choices);

    public static ThemeSetting Text(string key) => new(key, ThemeSettingKind.OptionalText);

    public static ThemeSetting FamilyList(string key, params string[] choices) => new(key, ThemeSettingKind.FamilyList, Choices: choices);

    public static ThemeSetting File(string key) => new(key, ThemeSettingKind.OptionalFile);
}
