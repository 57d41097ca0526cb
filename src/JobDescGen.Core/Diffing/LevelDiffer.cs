using JobDescGen.Rendering;
using JobDescGen.Resolving;

namespace JobDescGen.Diffing;

/// <summary>Compares the resolved data of two levels of one profile, item by item.</summary>
public static class LevelDiffer
{
    /// <summary>What changes from <paramref name="from"/> to <paramref name="to"/> (two levels of one profile, one language); statements are joined with <paramref name="labels"/> as in the documents.</summary>
    public static LevelDiff Compare(LevelDescription from, LevelDescription to, LanguagePack labels)
    {
        var purpose = Text("purpose", string.Empty, Sentence(from.Purpose, labels), Sentence(to.Purpose, labels));

        var criteria = Union(from.Criteria, to.Criteria, c => c.Id)
            .Select(pair => Text(pair.Id, (pair.To ?? pair.From)!.Name, pair.From?.Text, pair.To?.Text))
            .ToList();

        var areaPairs = Union(from.ResultAreas, to.ResultAreas, a => a.Id).ToList();
        var areas = areaPairs
            .Select(pair => Text(pair.Id, (pair.To ?? pair.From)!.Role, AreaText(pair.From, labels), AreaText(pair.To, labels)))
            .ToList();

        var tasks = new List<TaskChange>();
        var unchangedTasks = 0;
        foreach (var (id, fromArea, toArea) in areaPairs)
        {
            var name = (toArea ?? fromArea)!.Role;
            var before = fromArea?.Tasks ?? [];
            var after = toArea?.Tasks ?? [];
            tasks.AddRange(before.Where(t => !after.Contains(t)).Select(t => new TaskChange(id, name, t, ChangeStatus.Removed)));
            tasks.AddRange(after.Where(t => !before.Contains(t)).Select(t => new TaskChange(id, name, t, ChangeStatus.Added)));
            unchangedTasks += after.Count(before.Contains);
        }

        var definitions = Union(from.Definitions, to.Definitions, d => d.Id)
            .Select(pair => Text(pair.Id, (pair.To ?? pair.From)!.Term, pair.From?.Text, pair.To?.Text))
            .ToList();

        return new LevelDiff(to.ProfileId, to.Language, to.Title, from.Level, to.Level, purpose, criteria, areas, tasks, definitions) { UnchangedTasks = unchangedTasks };
    }

    private static TextChange Text(string id, string name, string? from, string? to)
    {
        var status = (from, to) switch
        {
            (null, _) => ChangeStatus.Added,
            (_, null) => ChangeStatus.Removed,
            _ when string.Equals(from, to, StringComparison.Ordinal) => ChangeStatus.Unchanged,
            _ => ChangeStatus.Changed,
        };
        return new TextChange(id, name, from, to, status, status == ChangeStatus.Changed ? WordDiffer.Diff(from, to) : []);
    }

    private static string Sentence(ResolvedStatement statement, LanguagePack labels) => LabelJoiner.Statement(statement, labels);

    private static string? AreaText(ResolvedResultArea? area, LanguagePack labels) => area is null ? null : Sentence(area.Statement, labels);

    // Items of both lists by id: the first list's order, then what only the second has, where it stands.
    private static IEnumerable<(string Id, T? From, T? To)> Union<T>(IReadOnlyList<T> from, IReadOnlyList<T> to, Func<T, string> id)
        where T : class
    {
        var ids = from.Select(id).ToList();
        for (var i = 0; i < to.Count; i++)
        {
            var key = id(to[i]);
            if (!ids.Contains(key))
            {
                // After the item it follows in the second list, so an added area keeps its place.
                var previous = i == 0 ? -1 : ids.IndexOf(id(to[i - 1]));
                ids.Insert(previous + 1, key);
            }
        }

        return ids.Select(key => (key, from.FirstOrDefault(x => id(x) == key), to.FirstOrDefault(x => id(x) == key)));
    }
}
