using JobDescGen.Diagnostics;
using JobDescGen.Loading;
using JobDescGen.Loading.Yaml;
using JobDescGen.Resources;

namespace JobDescGen.Rendering;

/// <summary>
/// Loads the labels of a language: the built-in file, with the keys of a user's
/// <c>lang/&lt;language&gt;.yaml</c> (in their templates folder) laid over it.
/// </summary>
public static class LanguagePackLoader
{
    private static readonly string[] RootKeys = ["labels", "months"];

    /// <summary>Loads <paramref name="language"/>; null (with diagnostics) when neither built-in nor user file has it.</summary>
    public static LanguagePack? Load(string language, string? userTemplatesDirectory, DiagnosticBag diagnostics)
    {
        var builtInName = $"templates/lang/{language}.yaml";
        var builtInText = BuiltInResources.ReadText(builtInName);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var months = new List<string>();
        if (builtInText is not null)
        {
            Read(BuiltInResources.DisplayPrefix + builtInName, builtInText, null, labels, months, diagnostics);
        }

        var userFile = userTemplatesDirectory is null ? null : Path.Combine(userTemplatesDirectory, "lang", language + ".yaml");
        if (userFile is not null && File.Exists(userFile))
        {
            var userText = SourceText.Read(userFile, diagnostics, userTemplatesDirectory);
            if (userText is null)
            {
                return null;
            }

            Read(userFile, userText, builtInText is null ? null : labels.Keys.ToList(), labels, months, diagnostics);
        }
        else if (builtInText is null)
        {
            diagnostics.Error(
                SourceLocation.FileOnly(userFile ?? builtInName),
                $"no labels for language '{language}'",
                $"create lang/{language}.yaml in your templates folder (copy a built-in one from 'jobdescgen init')");
            return null;
        }

        if (months.Count != 12)
        {
            diagnostics.Error(SourceLocation.FileOnly(userFile ?? builtInName), $"the labels of '{language}' have no month names", "list the 12 months from January to December under 'months'");
            return null;
        }

        return new LanguagePack(language, labels, months);
    }

    private static void Read(string file, string text, IReadOnlyList<string>? knownKeys, Dictionary<string, string> labels, List<string> months, DiagnosticBag diagnostics)
    {
        var reader = new YamlFieldReader(diagnostics, null);
        var root = reader.Mapping(YamlDocumentReader.Read(file, text, diagnostics), string.Empty, RootKeys, []);
        // The built-in file defines the keys; a user's file may only use those.
        var checkedLabels = knownKeys is null ? reader.IdKeyedMapping(root?.Get("labels"), "labels") : reader.Mapping(root?.Get("labels"), "labels", knownKeys, []);
        var allowed = knownKeys ?? [.. checkedLabels?.Entries.Select(e => e.Key.Value) ?? []];
        foreach (var (key, value) in checkedLabels?.Entries ?? [])
        {
            var label = reader.String(value, "labels." + key.Value);
            if (label is not null && allowed.Contains(key.Value))
            {
                labels[key.Value] = label;
            }
        }

        var monthList = reader.List(root?.Get("months"), "months", (node, path) => reader.String(node, path));
        if (monthList.Count is > 0 and not 12)
        {
            diagnostics.Error(root!.Get("months")!.Location, $"'months' has {monthList.Count} names, expected 12", "list the months from January to December");
        }
        else if (monthList.Count > 0)
        {
            months.Clear();
            months.AddRange(monthList);
        }
    }
}
