using JobDescGen.Diagnostics;
using JobDescGen.Jobs.Model;
using JobDescGen.Loading;
using JobDescGen.Loading.Yaml;
using JobDescGen.Model;
using JobDescGen.Model.Tasks;

namespace JobDescGen.Jobs.Loading;

/// <summary>
/// Loads one job file (<c>jobs/&lt;id&gt;.yaml</c>): finds the generic profile it extends, then reads
/// the rubrics in the profile's languages and checks them against the profile and level
/// (<see cref="JobValidator"/>). Every problem is a located diagnostic; none stops the others.
/// </summary>
public static class JobLoader
{
    private static readonly string[] RootKeys =
        ["extends", "level", "version", "identification", "purpose", "result_areas", "network", "organogram", "positioning", "autonomy", "impact", "knowledge", "innovation", "competencies", "context"];

    private static readonly string[] RequiredRootKeys = ["extends", "level", "identification"];
    private static readonly string[] IdentificationKeys = ["title", "code", "organisation", "entity", "created", "original_language", "job_family", "job_category"];
    private static readonly string[] RequiredIdentificationKeys = ["title"];
    private static readonly string[] PurposeKeys = ["addition"];
    private static readonly string[] AreaKeys = ["optional", "tasks"];
    private static readonly string[] AreaTaskKeys = ["add", "omit", "replace"];
    private static readonly string[] ReplaceKeys = ["task", "text"];
    private static readonly string[] NetworkKeys = ["internal", "external"];
    private static readonly string[] PositioningKeys = ["reports_to", "team_size", "team"];
    private static readonly string[] AutonomyKeys = ["decides", "approval"];
    private static readonly string[] ImpactKeys = ["budget", "people", "other"];
    private static readonly string[] KnowledgeKeys = ["diploma", "technical", "certificates", "experience", "induction"];
    private static readonly string[] InnovationKeys = ["regulations", "innovations", "framework"];
    private static readonly string[] CompetencyKeys = ["name", "level"];
    private static readonly string[] RequiredCompetencyKeys = ["name"];

    /// <summary>
    /// Loads <paramref name="file"/>, whose generic profile is looked up in <paramref name="profilesDirectory"/>;
    /// pass <paramref name="profiles"/> to share loaded profiles across the jobs of one run.
    /// </summary>
    public static JobLoadResult Load(string file, string profilesDirectory, JobProfileCache? profiles = null)
    {
        var diagnostics = new DiagnosticBag();
        var id = JobFiles.IdOf(file);
        if (!YamlFieldReader.IsValidId(id))
        {
            diagnostics.Error(SourceLocation.FileOnly(file), $"'{id}' is not a valid job id", "name the file with letters, digits, '-' and '_' only (the file name is the job's id)");
        }

        var node = SourceFile.ReadYaml(file, diagnostics, Path.GetDirectoryName(file));
        var root = new YamlFieldReader(diagnostics, null).Mapping(node, string.Empty, RootKeys, RequiredRootKeys);
        var extendsNode = root?.Get("extends");
        var extends = extendsNode is null ? null : new YamlFieldReader(diagnostics, null).Reference(extendsNode, "extends");
        var profile = extends is null ? null : (profiles ?? new JobProfileCache(profilesDirectory)).Find(extends, diagnostics);

        // Texts are read in the profile's languages; without a profile, any language code passes here
        // (the missing profile is the error to fix first).
        var languages = profile?.Languages;
        var reader = new YamlFieldReader(diagnostics, languages?[0], languages);
        var levelNode = root?.Get("level");
        var level = levelNode is null ? null : reader.Reference(levelNode, "level");
        var job = root is null || extends is null || level is null ? null : Read(reader, root, id, extends, level, file);
        if (job is not null && profile is not null)
        {
            JobValidator.Validate(job, profile, diagnostics);
        }

        return new JobLoadResult(file, id, diagnostics.HasErrors ? null : job, profile, diagnostics.Sorted());
    }

    private static SpecificJob Read(YamlFieldReader reader, YamlMapping root, string id, LocatedId extends, LocatedId level, string file)
    {
        var identification = reader.Mapping(root.Get("identification"), "identification", IdentificationKeys, RequiredIdentificationKeys);
        var title = reader.Text(identification?.Get("title"), "identification.title");
        var purpose = reader.Mapping(root.Get("purpose"), "purpose", PurposeKeys, PurposeKeys);
        var network = reader.Mapping(root.Get("network"), "network", NetworkKeys, []);
        var positioning = reader.Mapping(root.Get("positioning"), "positioning", PositioningKeys, []);
        var autonomy = reader.Mapping(root.Get("autonomy"), "autonomy", AutonomyKeys, []);
        var impact = reader.Mapping(root.Get("impact"), "impact", ImpactKeys, []);
        var knowledge = reader.Mapping(root.Get("knowledge"), "knowledge", KnowledgeKeys, []);
        var innovation = reader.Mapping(root.Get("innovation"), "innovation", InnovationKeys, []);
        List<LocalizedText> Texts(YamlMapping? mapping, string key, string path) =>
            reader.List(mapping?.Get(key), YamlFieldReader.Join(path, key), reader.Text);
        LocalizedText? Text(YamlMapping? mapping, string key, string path) =>
            reader.Text(mapping?.Get(key), YamlFieldReader.Join(path, key));

        return new SpecificJob(
            id,
            extends,
            level,
            reader.String(root.Get("version"), "version"),
            new JobIdentification(
                title ?? new LocalizedText(new Dictionary<string, string>(), root.Location),
                reader.String(identification?.Get("code"), "identification.code"),
                Text(identification, "organisation", "identification"),
                Text(identification, "entity", "identification"),
                reader.Date(identification?.Get("created"), "identification.created"),
                identification?.Get("original_language") is { } language ? reader.LanguageReference(language, "identification.original_language")?.Id : null,
                Text(identification, "job_family", "identification"),
                Text(identification, "job_category", "identification")),
            Text(purpose, "addition", "purpose"),
            ReadAreas(reader, root.Get("result_areas")),
            new JobNetwork(Texts(network, "internal", "network"), Texts(network, "external", "network")),
            reader.Text(root.Get("organogram"), "organogram"),
            new JobPositioning(Text(positioning, "reports_to", "positioning"), TeamSize(reader, positioning?.Get("team_size")), Text(positioning, "team", "positioning")),
            new JobAutonomy(Texts(autonomy, "decides", "autonomy"), Texts(autonomy, "approval", "autonomy")),
            new JobImpact(Text(impact, "budget", "impact"), Text(impact, "people", "impact"), Texts(impact, "other", "impact")),
            new JobKnowledge(
                Text(knowledge, "diploma", "knowledge"),
                Texts(knowledge, "technical", "knowledge"),
                Texts(knowledge, "certificates", "knowledge"),
                Text(knowledge, "experience", "knowledge"),
                Text(knowledge, "induction", "knowledge")),
            new JobInnovation(Texts(innovation, "regulations", "innovation"), Texts(innovation, "innovations", "innovation"), Text(innovation, "framework", "innovation")),
            reader.List(root.Get("competencies"), "competencies", (item, path) =>
            {
                var mapping = reader.Mapping(item, path, CompetencyKeys, RequiredCompetencyKeys);
                var name = reader.Text(mapping?.Get("name"), path + ".name");
                return name is null ? null : new JobCompetency(name, reader.Text(mapping!.Get("level"), path + ".level"), mapping.Location);
            }),
            reader.List(root.Get("context"), "context", reader.Text),
            file);
    }

    private static JobAreaChoices ReadAreas(YamlFieldReader reader, YamlNode? node)
    {
        var mapping = reader.Mapping(node, "result_areas", AreaKeys, []);
        var optionalNode = mapping?.Get("optional");
        IReadOnlyList<LocatedId>? optional = null;
        if (optionalNode is YamlSequence { Items.Count: 0 })
        {
            // "optional: []" is a choice too: no optional area at all.
            optional = [];
        }
        else if (optionalNode is not null)
        {
            var ids = reader.List(optionalNode, "result_areas.optional", reader.Reference);
            reader.CheckUnique(ids, o => o.Id, o => o.Location, "optional area");
            optional = ids;
        }

        var edits = new List<TaskEdits>();
        foreach (var (key, value) in reader.IdKeyedMapping(mapping?.Get("tasks"), "result_areas.tasks")?.Entries ?? [])
        {
            var path = YamlFieldReader.Join("result_areas.tasks", key.Value);
            var area = reader.Mapping(value, path, AreaTaskKeys, []);
            var replace = reader.List(area?.Get("replace"), path + ".replace", (item, itemPath) =>
            {
                var entry = reader.Mapping(item, itemPath, ReplaceKeys, ReplaceKeys);
                var task = entry?.Get("task") is { } taskNode ? TaskReader.ReadReference(reader, taskNode, itemPath + ".task") : null;
                var text = reader.Text(entry?.Get("text"), itemPath + ".text");
                return task is null || text is null ? null : new TaskReplacement(task, text);
            });
            edits.Add(new TaskEdits(
                key.Value,
                reader.List(area?.Get("omit"), path + ".omit", (item, itemPath) => TaskReader.ReadReference(reader, item, itemPath)),
                replace,
                reader.List(area?.Get("add"), path + ".add", (item, itemPath) => TaskReader.ReadAddition(reader, item, itemPath)),
                key.Location));
        }

        return new JobAreaChoices(optional, edits);
    }

    private static int? TeamSize(YamlFieldReader reader, YamlNode? node)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar { IsPlain: true } scalar && int.TryParse(scalar.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var size) && size >= 0)
        {
            return size;
        }

        reader.Diagnostics.Error(node.Location, "'positioning.team_size' should be a whole number", "write how many people the job leads, for example 'team_size: 9' (0 when it leads no one)", "positioning.team_size");
        return null;
    }
}
