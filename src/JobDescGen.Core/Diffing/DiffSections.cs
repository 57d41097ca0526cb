using JobDescGen.Rendering;

namespace JobDescGen.Diffing;

/// <summary>The parts of a level diff every report shows, in order, titled with the language's labels.</summary>
internal static class DiffSections
{
    /// <summary>The report's title: "Leidinggevende: Niveau A1 → Niveau A2".</summary>
    public static string Title(LevelDiff diff) => $"{diff.Title}: {diff.From.Name} → {diff.To.Name}";

    /// <summary>The items of each section that a reader needs: every criterion; otherwise only what differs.</summary>
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

        yield return (labels.Label("criteria"), diff.Criteria);
        var definitions = diff.Definitions.Where(d => d.Status != ChangeStatus.Unchanged).ToList();
        if (definitions.Count > 0)
        {
            yield return (labels.Label("definitions"), definitions);
        }
    }
}
