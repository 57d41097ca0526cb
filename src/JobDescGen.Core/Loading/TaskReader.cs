using JobDescGen.Loading.Yaml;
using JobDescGen.Model;
using JobDescGen.Model.Tasks;

namespace JobDescGen.Loading;

/// <summary>
/// Reads example tasks: a plain text (<c>- nl: ...</c>), or a mapping with an <c>id</c> and a
/// <c>text</c>; in a level file or a job also <c>after: TASK</c> or <c>position: start</c>. Also reads
/// the references that name a task (its id, or its exact text).
/// </summary>
public static class TaskReader
{
    /// <summary>The keys of a task in a profile.</summary>
    public static readonly string[] ProfileTaskKeys = ["id", "text"];

    /// <summary>The keys of a task added by a level file or a job.</summary>
    public static readonly string[] AddedTaskKeys = ["id", "text", "after", "position"];

    /// <summary>The values of <c>position</c>.</summary>
    public static readonly string[] Positions = ["start", "end"];

    /// <summary>A task of the profile (<c>result_areas[].tasks[]</c>).</summary>
    public static ProfileTask? ReadProfileTask(YamlFieldReader reader, YamlNode node, string path) =>
        Read(reader, node, path, ProfileTaskKeys)?.Task;

    /// <summary>A task a level file or a job adds, with its placement.</summary>
    public static TaskAddition? ReadAddition(YamlFieldReader reader, YamlNode node, string path) =>
        Read(reader, node, path, AddedTaskKeys);

    /// <summary>A reference to a task: its id, or its exact text.</summary>
    public static TaskReference? ReadReference(YamlFieldReader reader, YamlNode node, string path)
    {
        var value = reader.String(node, path);
        return value is null ? null : new TaskReference(value, node.Location);
    }

    /// <summary>True when <paramref name="node"/> is written as a task mapping (with an id, a text or a placement), not as a text.</summary>
    public static bool IsTaskMapping(YamlNode node) =>
        node is YamlMapping mapping && mapping.Entries.Any(e => AddedTaskKeys.Contains(e.Key.Value));

    private static TaskAddition? Read(YamlFieldReader reader, YamlNode node, string path, string[] keys)
    {
        if (!IsTaskMapping(node))
        {
            var text = reader.Text(node, path);
            return text is null ? null : new TaskAddition(new ProfileTask(null, text, node.Location), TaskPosition.End, null);
        }

        var mapping = reader.Mapping(node, path, keys, ["text"]);
        var id = reader.Id(mapping?.Get("id"), YamlFieldReader.Join(path, "id"));
        var body = reader.Text(mapping?.Get("text"), YamlFieldReader.Join(path, "text"));
        var afterNode = keys == AddedTaskKeys ? mapping?.Get("after") : null;
        var positionNode = keys == AddedTaskKeys ? mapping?.Get("position") : null;
        var after = afterNode is null ? null : ReadReference(reader, afterNode, YamlFieldReader.Join(path, "after"));
        var position = afterNode is not null ? TaskPosition.After : ReadPosition(reader, positionNode, YamlFieldReader.Join(path, "position"));
        if (afterNode is not null && positionNode is not null)
        {
            reader.Diagnostics.Error(positionNode.Location, "a task has both 'after' and 'position'", "keep one: 'after: TASK' places it after that task, 'position: start' first", YamlFieldReader.Join(path, "position"));
        }

        return body is null || (afterNode is not null && after is null)
            ? null
            : new TaskAddition(new ProfileTask(id, body, node.Location), position, after);
    }

    private static TaskPosition ReadPosition(YamlFieldReader reader, YamlNode? node, string path)
    {
        if (node is null)
        {
            return TaskPosition.End;
        }

        var value = reader.String(node, path);
        switch (value)
        {
            case "start":
                return TaskPosition.Start;
            case "end":
                return TaskPosition.End;
            case null:
                return TaskPosition.End;
            default:
                reader.Diagnostics.Error(node.Location, $"'{value}' is not a task position", "write 'position: start' or 'position: end', or 'after: TASK' to place it after a task", path);
                return TaskPosition.End;
        }
    }
}
