namespace JobDescGen.Pdf.Theme;

/// <summary>What kind of value a theme key holds, which decides how it is read and checked.</summary>
internal enum ThemeSettingKind
{
    Number,
    Color,
    Choice,
    OptionalText,
    OptionalFile,

    /// <summary>A list of bundled font families (or ~ for none).</summary>
    FamilyList,
}
