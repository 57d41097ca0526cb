using JobDescGen.Resolving;

namespace JobDescGen.Overview;

/// <summary>The parts every level of an overview shares out: areas and definitions, each with the levels that have it.</summary>
internal static class OverviewAreas
{
    /// <summary>Every result area any level has, in the profile's order, with the levels that have it.</summary>
    public static IEnumerable<(ResolvedResultArea Area, IReadOnlyList<LevelDescription> Levels)> Of(IReadOnlyList<LevelDescription> levels) =>
        Union(levels, l => l.ResultAreas, a => a.Id);

    /// <summary>Every definition any level references, with the levels that reference it.</summary>
    public static IEnumerable<(ResolvedDefinition Definition, IReadOnlyList<LevelDescription> Levels)> Definitions(IReadOnlyList<LevelDescription> levels) =>
        Union(levels, l => l.Definitions, d => d.Id);

    // Levels list the items in the profile's order, each leaving some out: merge the lists, keeping that order.
    private static IEnumerable<(T Item, IReadOnlyList<LevelDescription> Levels)> Union<T>(IReadOnlyList<LevelDescription> levels, Func<LevelDescription, IReadOnlyList<T>> items, Func<T, string> id)
    {
        var order = new List<string>();
        foreach (var level in levels)
        {
            var list = items(level);
            for (var i = 0; i < list.Count; i++)
            {
                var key = id(list[i]);
                if (!order.Contains(key))
                {
                    // After the item it follows in this level, or else at the end: the profile's order.
                    order.Insert(i == 0 ? order.Count : order.IndexOf(id(list[i - 1])) + 1, key);
                }
            }
        }

        foreach (var key in order)
        {
            var having = levels.Where(l => items(l).Any(x => id(x) == key)).ToList();
            yield return (items(having[0]).First(x => id(x) == key), having);
        }
    }
}
