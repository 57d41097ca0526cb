using JobDescGen.Diagnostics;
using JobDescGen.Rendering;
using JobDescGen.Resources;

namespace JobDescGen.Html.Page;

/// <summary>
/// The label keys a page template may use: those of every language file, built-in or the user's,
/// so trying the template out catches a misspelt <c>labels.x</c> without flagging a user's own label.
/// </summary>
internal static class LabelKeys
{
    private const string Folder = "lang";

    /// <summary>Every label key of the built-in language files and those in <paramref name="userTemplatesDirectory"/>.</summary>
    public static IReadOnlyList<string> Of(string? userTemplatesDirectory)
    {
        var languages = BuiltInResources.Under($"templates/{Folder}/").Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var userFolder = userTemplatesDirectory is null ? null : Path.Combine(userTemplatesDirectory, Folder);
        if (userFolder is not null && Directory.Exists(userFolder))
        {
            languages.UnionWith(Directory.EnumerateFiles(userFolder, "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>());
        }

        // A broken label file is reported where documents are generated; here it only gives fewer keys.
        var ignored = new DiagnosticBag();
        return [.. languages.Order(StringComparer.Ordinal)
            .Select(language => LanguagePackLoader.Load(language, userTemplatesDirectory, ignored))
            .SelectMany(pack => pack?.Labels.Keys ?? [])
            .Distinct(StringComparer.Ordinal)];
    }
}
