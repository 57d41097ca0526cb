using JobDescGen.Diagnostics;
using JobDescGen.Loading;
using JobDescGen.Loading.Yaml;
using JobDescGen.Resources;

namespace JobDescGen.Pdf.Theme;

/// <summary>
/// Loads the PDF theme: the built-in templates/theme.yaml, with the keys of a user's theme.yaml (in
/// their templates folder) laid over it, the way label files are overridden.
/// </summary>
public static class ThemeLoader
{
    /// <summary>The theme's file name, in the templates folder.</summary>
    public const string FileName = "theme.yaml";

    private const string BuiltInName = "templates/" + FileName;

    /// <summary>The theme; null (with located diagnostics) when a file has errors.</summary>
    public static PdfTheme? Load(string? userTemplatesDirectory, DiagnosticBag diagnostics)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var builtIn = BuiltInResources.ReadText(BuiltInName)
            ?? throw new InvalidOperationException($"the built-in {BuiltInName} is missing from the tool");
        Read(BuiltInResources.DisplayPrefix + BuiltInName, builtIn, null, values, diagnostics);

        var userFile = userTemplatesDirectory is null ? null : Path.Combine(userTemplatesDirectory, FileName);
        if (userFile is not null && File.Exists(userFile))
        {
            // The strict reader reports bytes that are not UTF-8 (and honours a byte order mark)
            // instead of turning them into replacement characters.
            var text = SourceText.Read(userFile, diagnostics, userTemplatesDirectory);
            if (text is not null)
            {
                Read(userFile, text, Path.GetDirectoryName(Path.GetFullPath(userFile)), values, diagnostics);
            }
        }

        if (diagnostics.HasErrors)
        {
            return null;
        }

        foreach (var missing in ThemeSchema.Settings.Where(s => !values.ContainsKey(s.Key)))
        {
            diagnostics.Error(SourceLocation.FileOnly(BuiltInResources.DisplayPrefix + BuiltInName), $"the built-in theme lacks '{missing.Key}'", "this is a bug in jobdescgen; please report it");
        }

        if (diagnostics.HasErrors)
        {
            return null;
        }

        var theme = ThemeFactory.Create(values) with { File = userFile is not null && File.Exists(userFile) ? userFile : BuiltInResources.DisplayPrefix + BuiltInName };
        return ThemeGeometry.Check(theme, diagnostics) ? theme : null;
    }

    private static void Read(string file, string text, string? baseDirectory, Dictionary<string, object?> values, DiagnosticBag diagnostics)
    {
        var reader = new YamlFieldReader(diagnostics, null);
        var root = reader.Mapping(YamlDocumentReader.Read(file, text, diagnostics), string.Empty, ThemeSchema.Sections, []);
        foreach (var (sectionKey, sectionNode) in root?.Entries ?? [])
        {
            if (!ThemeSchema.Sections.Contains(sectionKey.Value))
            {
                continue;
            }

            var section = reader.Mapping(sectionNode, sectionKey.Value, ThemeSchema.KeysOf(sectionKey.Value), []);
            foreach (var (key, node) in section?.Entries ?? [])
            {
                var setting = ThemeSchema.Find(sectionKey.Value + "." + key.Value);
                if (setting is null)
                {
                    continue;
                }

                var (ok, value) = ThemeValueReader.Read(setting, node, baseDirectory, diagnostics);
                if (ok)
                {
                    values[setting.Key] = value;
                }
            }
        }
    }
}
