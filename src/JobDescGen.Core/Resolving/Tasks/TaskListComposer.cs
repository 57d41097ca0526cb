using JobDescGen.Diagnostics;
using JobDescGen.Loading;
using JobDescGen.Model;
using JobDescGen.Model.Tasks;

namespace JobDescGen.Resolving.Tasks;

/// <summary>
/// Applies a level's or a job's task edits to a result area's task list: omit, replace in place,
/// then add (at the start, at the end, or after a named task). A task is named by its id, or by
/// its exact text when it has none. With a diagnostic bag, every name that matches no task is
/// reported where it is written, with the nearest id as a hint.
/// </summary>
public static class TaskListComposer
{
    /// <summary>The tasks of <paramref name="area"/> after <paramref name="edits"/>.</summary>
    public static List<ProfileTask> Compose(ResultArea area, TaskEdits edits, DiagnosticBag? diagnostics = null) =>
        Compose(area.Id, area.Tasks, edits, diagnostics);

    /// <summary>The tasks <paramref name="tasks"/> of area <paramref name="areaId"/> after <paramref name="edits"/>.</summary>
    public static List<ProfileTask> Compose(string areaId, IReadOnlyList<ProfileTask> tasks, TaskEdits edits, DiagnosticBag? diagnostics = null)
    {
        var list = tasks.ToList();
        foreach (var omitted in edits.Omit)
        {
            var index = Find(list, omitted, areaId, tasks, diagnostics, "omit");
            if (index >= 0)
            {
                list.RemoveAt(index);
            }
        }

        foreach (var replacement in edits.Replace)
        {
            var index = Find(list, replacement.Task, areaId, tasks, diagnostics, "replace");
            if (index >= 0)
            {
                // The replacement keeps the task's id, so a later 'after:' can still name it.
                list[index] = list[index] with { Text = replacement.Text, Location = replacement.Text.Location };
            }
        }

        foreach (var addition in edits.Add)
        {
            switch (addition.Position)
            {
                case TaskPosition.Start:
                    list.Insert(0, addition.Task);
                    break;
                case TaskPosition.After when addition.After is not null:
                    var index = Find(list, addition.After, areaId, tasks, diagnostics, "place a task after");
                    list.Insert(index >= 0 ? index + 1 : list.Count, addition.Task);
                    break;
                default:
                    list.Add(addition.Task);
                    break;
            }
        }

        return list;
    }

    private static int Find(List<ProfileTask> list, TaskReference reference, string areaId, IReadOnlyList<ProfileTask> original, DiagnosticBag? diagnostics, string verb)
    {
        // Ids first: a task's text may happen to equal another task's id.
        var index = list.FindIndex(t => t.Id == reference.Value);
        if (index < 0)
        {
            index = list.FindIndex(t => t.IsNamedBy(reference.Value));
        }

        if (index >= 0 || diagnostics is null)
        {
            return index;
        }

        var ids = list.Where(t => t.Id is not null).Select(t => t.Id!).ToList();
        var texts = list.SelectMany(t => t.Text.Values.Values).ToList();
        var (message, hint) = original.Any(t => t.IsNamedBy(reference.Value))
            ? ($"cannot {verb} task '{reference.Value}' of result area '{areaId}': it is omitted here", "name a task that stays, or keep this one")
            : ($"unknown task '{reference.Value}' in result area '{areaId}'", KeyMatcher.Nearest(reference.Value, ids.Concat(texts)) is { } nearest
                ? $"did you mean '{nearest}'?"
                : ids.Count == 0
                ? "name a task by its exact text, or give the profile's tasks ids ('- id: ...' with 'text: ...')"
                : $"name a task by its exact text, or by one of its ids: {string.Join(", ", ids)}");
        diagnostics.Error(reference.Location, message, hint);
        return -1;
    }
}
