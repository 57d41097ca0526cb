using JobDescGen.Diagnostics;
using JobDescGen.Loading.Yaml;
using JobDescGen.Model;
using JobDescGen.Model.Tasks;

namespace JobDescGen.Loading;

/// <summary>Loads one level file (<c>levels/A1.yaml</c>): the level's criteria and its additions or overrides.</summary>
public static class LevelVariantLoader
{
    private static readonly string[] RootKeys = ["level", "criteria", "purpose", "extra_tasks", "omit_tasks", "omit_areas"];
    private static readonly string[] RequiredRootKeys = ["level", "criteria"];
    private static readonly string[] StatementKeys = ["text", "references"];
    private static readonly string[] RequiredStatementKeys = ["text"];

    /// <summary>
    /// Loads <paramref name="file"/>; returns null when it cannot be used (errors reported). With
    /// <paramref name="profileDirectory"/>, a level file that links out of the profile folder is refused.
    /// </summary>
    public static LevelVariant? Load(string file, IReadOnlyList<string> languages, DiagnosticBag diagnostics, string? profileDirectory = null)
    {
        var reader = new YamlFieldReader(diagnostics, languages.FirstOrDefault(), languages.Count == 0 ? null : languages);
        var root = reader.Mapping(SourceFile.ReadYaml(file, diagnostics, profileDirectory), string.Empty, RootKeys, RequiredRootKeys);
        if (root is null)
        {
            return null;
        }

        var levelId = reader.Id(root.Get("level"), "level");
        var unread = new List<string>();
        var criteria = ReadCriteria(reader, root.Get("criteria"), unread);
        var purposeNode = reader.Mapping(root.Get("purpose"), "purpose", StatementReader.Keys, StatementReader.Keys);
        var purpose = purposeNode is null ? null : StatementReader.Read(reader, purposeNode, "purpose");
        var taskEdits = ReadTaskEdits(reader, root.Get("extra_tasks"), root.Get("omit_tasks"));
        var omit = reader.List(root.Get("omit_areas"), "omit_areas", reader.Reference);
        reader.CheckUnique(omit, o => o.Id, o => o.Location, "omitted area");

        var criteriaLocation = root.Get("criteria") is YamlMapping ? root.KeyNode("criteria")!.Location : (SourceLocation?)null;
        return levelId is null ? null : new LevelVariant(levelId, criteria, purpose, taskEdits, omit, file, root.Get("level")!.Location, criteriaLocation, unread);
    }

    // unread collects the criteria whose statement has errors: they are written, so not also "missing".
    private static List<CriterionStatement> ReadCriteria(YamlFieldReader reader, YamlNode? node, List<string> unread)
    {
        var result = new List<CriterionStatement>();
        if (node is null)
        {
            return result;
        }

        // Criteria are keyed by criterion id; the ids are checked against the profile later.
        var mapping = reader.IdKeyedMapping(node, "criteria");
        if (mapping is { Entries.Count: 0 })
        {
            reader.Diagnostics.Error(mapping.Location, "'criteria' is empty", "give this level's statement for every criterion of the profile", "criteria");
        }

        foreach (var (key, value) in mapping?.Entries ?? [])
        {
            var path = YamlFieldReader.Join("criteria", key.Value);
            var statement = reader.Mapping(value, path, StatementKeys, RequiredStatementKeys);
            var text = reader.Text(statement?.Get("text"), path + ".text");
            var references = reader.List(statement?.Get("references"), path + ".references", reader.Reference);
            reader.CheckUnique(references, r => r.Id, r => r.Location, "reference");
            if (text is not null)
            {
                result.Add(new CriterionStatement(key.Value, text, references, key.Location));
            }
            else
            {
                unread.Add(key.Value);
            }
        }

        return result;
    }

    // extra_tasks and omit_tasks are both keyed by area id: one TaskEdits per area, in the order first written.
    private static List<TaskEdits> ReadTaskEdits(YamlFieldReader reader, YamlNode? extraNode, YamlNode? omitNode)
    {
        var result = new List<TaskEdits>();
        void Merge(YamlScalar key, Func<TaskEdits, TaskEdits> change)
        {
            var index = result.FindIndex(e => e.AreaId == key.Value);
            if (index < 0)
            {
                result.Add(change(new TaskEdits(key.Value, [], [], [], key.Location)));
            }
            else
            {
                result[index] = change(result[index]);
            }
        }

        foreach (var (key, value) in reader.IdKeyedMapping(extraNode, "extra_tasks")?.Entries ?? [])
        {
            var added = reader.List(value, YamlFieldReader.Join("extra_tasks", key.Value), (item, path) => TaskReader.ReadAddition(reader, item, path));
            Merge(key, edits => edits with { Add = added });
        }

        foreach (var (key, value) in reader.IdKeyedMapping(omitNode, "omit_tasks")?.Entries ?? [])
        {
            var omitted = reader.List(value, YamlFieldReader.Join("omit_tasks", key.Value), (item, path) => TaskReader.ReadReference(reader, item, path));
            Merge(key, edits => edits with { Omit = omitted });
        }

        return result;
    }
}
