using System.Globalization;
using JobDescGen.Rendering;

namespace JobDescGen.Diffing;

/// <summary>
/// The words of a diff report in the document's language, from the labels (lang/&lt;language&gt;.yaml,
/// keys diff_*), as every other word of the report: a Dutch diff said "changed" under "Onderscheidende
/// criteria". A language whose labels lack a key gets the English word rather than the key's name.
/// Counted nouns are written "{count} taak|{count} taken" (one|many).
/// </summary>
internal sealed class DiffWords(LanguagePack labels)
{
    /// <summary>"gewijzigd", "toegevoegd", "verwijderd", "ongewijzigd".</summary>
    public string Status(ChangeStatus status) => Word("diff_" + DiffStatusNames.Of(status), DiffStatusNames.Of(status));

    /// <summary>The Markdown report's legend: "Toevoegingen in **vet**, weglatingen ~~doorgestreept~~."</summary>
    public string Legend => Word("diff_legend", "Insertions in **bold**, deletions ~~struck through~~.");

    /// <summary>"het doel".</summary>
    public string ThePurpose => Word("diff_the_purpose", "the purpose");

    /// <summary>"6 criteria", "1 taak": <paramref name="key"/> is diff_criteria, diff_areas, diff_tasks or diff_definitions.</summary>
    public string Count(string key, int count, string englishOne, string englishMany)
    {
        var forms = Word(key, $"{{count}} {englishOne}|{{count}} {englishMany}").Split('|');
        var form = count == 1 || forms.Length == 1 ? forms[0] : forms[1];
        return form.Replace("{count}", count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    /// <summary>"Ongewijzigd ten opzichte van Niveau A1: het doel, 6 criteria en 1 definitie."</summary>
    public string UnchangedFrom(string level, IReadOnlyList<string> parts)
    {
        var list = parts.Count == 1 ? parts[0] : $"{string.Join(", ", parts.Take(parts.Count - 1))} {Word("diff_and", "and")} {parts[^1]}";
        return Word("diff_unchanged_from", "Unchanged from {level}: {items}.")
            .Replace("{level}", level, StringComparison.Ordinal)
            .Replace("{items}", list, StringComparison.Ordinal);
    }

    private string Word(string key, string english) => labels.Labels.TryGetValue(key, out var word) ? word : english;
}
