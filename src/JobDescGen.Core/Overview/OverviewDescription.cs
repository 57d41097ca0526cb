using JobDescGen.Rendering;
using JobDescGen.Resolving;

namespace JobDescGen.Overview;

/// <summary>
/// The overview as one <see cref="LevelDescription"/> for the document model: every area and
/// definition of the levels shown, each criterion with every reference any level makes, and
/// "Overview" as its level, so the marker and the writers treat it as they treat a job description.
/// </summary>
internal static class OverviewDescription
{
    public static LevelDescription Merge(IReadOnlyList<LevelDescription> levels, LanguagePack language)
    {
        var first = levels[0];
        var criteria = first.Criteria
            .Select((c, row) => c with { References = [.. levels.SelectMany(l => l.Criteria[row].References).Distinct(StringComparer.Ordinal)] })
            .ToList();
        return first with
        {
            Level = new ResolvedLevel("overview", language.Label("overview"), -1),
            ResultAreas = [.. OverviewAreas.Of(levels).Select(a => a.Area)],
            Criteria = criteria,
            Definitions = [.. OverviewAreas.Definitions(levels).Select(d => d.Definition)],
        };
    }
}
