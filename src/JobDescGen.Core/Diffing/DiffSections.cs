using JobDescGen.Rendering;

namespace JobDescGen.Diffing;

/// <summary>The parts of a level diff every report shows, in order, titled with the language's labels.</summary>
internal static class DiffSections
{
    /// <summary>
    /// For a diff that <see cref="LevelDiff.ListsOnlyChanges"/>, the one line that counts what it
    /// leaves out: "Unchanged from Niveau A1: the purpose, 6 criteria, 5 result areas, 12
    /// tasks and 1 definition."; null for other diffs, or when nothing is unchanged.
    /// </summary>
    public static string? UnchangedSummary(LevelDiff diff)
    {
        if (!diff.ListsOnlyChanges)
        {
            return null;
        }

        static int Unchanged(IEnumerable<TextChange> items) => items.Count(i => i.Status == ChangeStatus.Unchanged);
        var parts = new List<string>();
        if (diff.Purpose.Status == ChangeStatus.Unchanged)
        {
            parts.Add("the purpose");
        }

        AddCount(parts, Unchanged(diff.Criteria), "criterion", "criteria");
        AddCount(parts, Unchanged(diff.Areas), "result area", "result areas");
        AddCount(parts, diff.UnchangedTasks, "task", "tasks");
        AddCount(parts, Unchanged(diff.Definitions), "definition", "definitions");
        return parts.Count switch
        {
            0 => null,
            1 => $"Unchanged from {diff.From.Name}: {parts[0]}.",
            _ => $"Unchanged from {diff.From.Name}: {string.Join(", ", parts[..^1])} and {parts[^1]}.",
        };
    }

    private static void AddCount(List<string> parts, int count, string one, string many)
    {
        if (count > 0)
        {
            parts.Add($"{count} {(count == 1 ? one : many)}");
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
