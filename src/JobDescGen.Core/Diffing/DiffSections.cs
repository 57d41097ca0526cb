using JobDescGen.Rendering;

namespace JobDescGen.Diffing;

/// <summary>The parts of a level diff every report shows, in order, titled with the language's labels.</summary>
internal static class DiffSections
{
    /// <summary>
    /// For a diff that <see cref="LevelDiff.ListsOnlyChanges"/>, the one line that counts what it
    /// leaves out, in the labels' language: "Ongewijzigd ten opzichte van Niveau A1: het doel, 6
    /// criteria, 5 resultaatgebieden, 12 taken en 1 definitie."; null for other diffs, or when nothing is unchanged.
    /// </summary>
    public static string? UnchangedSummary(LevelDiff diff, LanguagePack labels)
    {
        if (!diff.ListsOnlyChanges)
        {
            return null;
        }

        static int Unchanged(IEnumerable<TextChange> items) => items.Count(i => i.Status == ChangeStatus.Unchanged);
        var words = new DiffWords(labels);
        var parts = new List<string>();
        if (diff.Purpose.Status == ChangeStatus.Unchanged)
        {
            parts.Add(words.ThePurpose);
        }

        AddCount(parts, words, "diff_criteria", Unchanged(diff.Criteria), "criterion", "criteria");
        AddCount(parts, words, "diff_areas", Unchanged(diff.Areas), "result area", "result areas");
        AddCount(parts, words, "diff_tasks", diff.UnchangedTasks, "task", "tasks");
        AddCount(parts, words, "diff_definitions", Unchanged(diff.Definitions), "definition", "definitions");
        return parts.Count == 0 ? null : words.UnchangedFrom(diff.From.Name, parts);
    }

    private static void AddCount(List<string> parts, DiffWords words, string key, int count, string one, string many)
    {
        if (count > 0)
        {
            parts.Add(words.Count(key, count, one, many));
        }
    }

    /// <summary>The report's title: "Leidinggevende: Niveau A1 → Niveau A2".</summary>
    public static string Title(LevelDiff diff) => $"{diff.Title}: {diff.From.Name} → {diff.To.Name}";

    /// <summary>
    /// The items of each section that a reader needs: only what differs, and every criterion unless
    /// the diff <see cref="LevelDiff.ListsOnlyChanges"/>.
    /// </summary>
    public static IEnumerable<(string Heading, IReadOnlyList<TextChange> Items)> Of(LevelDiff diff, LanguagePack labels)
    {
        if (diff.Purpose.Status != ChangeStatus.Unchanged)
        {
            yield return (labels.Label("purpose"), [diff.Purpose]);
        }

        var areas = diff.Areas.Where(a => a.Status != ChangeStatus.Unchanged).ToList();
        if (areas.Count > 0)
        {
            yield return (labels.Label("result_areas"), areas);
        }

        var criteria = diff.ListsOnlyChanges ? [.. diff.ChangedCriteria] : diff.Criteria;
        if (criteria.Count > 0)
        {
            yield return (labels.Label("criteria"), criteria);
        }

        var definitions = diff.Definitions.Where(d => d.Status != ChangeStatus.Unchanged).ToList();
        if (definitions.Count > 0)
        {
            yield return (labels.Label("definitions"), definitions);
        }
    }
}
