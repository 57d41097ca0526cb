using JobDescGen.Diagnostics;
using JobDescGen.Loading.Files;
using JobDescGen.Loading.Yaml;
using JobDescGen.Model;

namespace JobDescGen.Loading;

/// <summary>
/// Loads one role profile folder: <c>profile.yaml</c> (the common content) and <c>levels/*.yaml</c>
/// (one file per level), then checks them against each other.
/// </summary>
public static class ProfileLoader
{
    /// <summary>The file that holds a profile's common content.</summary>
    public const string ProfileFileName = "profile.yaml";

    /// <summary>The folder beside it that holds one file per level.</summary>
    public const string LevelsFolderName = "levels";

    private static readonly string[] RootKeys =
        ["id", "languages", "title", "organisation", "version", "date", "notice", "purpose", "result_areas", "criteria", "definitions"];

    private static readonly string[] RequiredRootKeys = ["id", "languages", "title", "purpose", "result_areas", "criteria"];
    private static readonly string[] AreaKeys = ["id", "role", "optional", "action", "aim", "tasks"];
    private static readonly string[] RequiredAreaKeys = ["id", "role", "action", "aim", "tasks"];
    private static readonly string[] CriterionKeys = ["id", "name"];
    private static readonly string[] DefinitionKeys = ["id", "term", "text"];

    /// <summary>Loads the profile in <paramref name="directory"/>; returns null when it has errors (all reported).</summary>
    public static RoleProfile? Load(string directory, LevelCatalogue catalogue, DiagnosticBag diagnostics)
    {
        var before = diagnostics.ErrorCount();
        var file = Path.Combine(directory, ProfileFileName);
        if (!File.Exists(file))
        {
            if (FolderEntries.Unreadable(directory) is { } reason)
            {
                diagnostics.Error(SourceLocation.FileOnly(directory), $"cannot read the folder: {reason}", FolderEntries.ReadableHint(directory));
                return null;
            }

            var misnamed = FolderEntries.MisnamedFiles(directory, "profile.*").Select(Path.GetFileName).FirstOrDefault();
            diagnostics.Error(
                SourceLocation.FileOnly(directory),
                $"the profile folder has no {ProfileFileName}",
                misnamed is null ? $"create {ProfileFileName} (jobdescgen init writes an example)" : $"found {misnamed}; rename it to {ProfileFileName} (names are case-sensitive here)");
            return null;
        }

        var node = SourceFile.ReadYaml(file, diagnostics, directory);
        var languages = ReadLanguages(node, diagnostics);
        var reader = new YamlFieldReader(diagnostics, languages.FirstOrDefault(), languages.Count == 0 ? null : languages);
        var root = reader.Mapping(node, string.Empty, RootKeys, RequiredRootKeys);

        var id = reader.Id(root?.Get("id"), "id");
        var title = reader.Text(root?.Get("title"), "title");
        var notice = reader.Text(root?.Get("notice"), "notice");
        var purposeNode = reader.Mapping(root?.Get("purpose"), "purpose", StatementReader.Keys, StatementReader.Keys);
        var purpose = StatementReader.Read(reader, purposeNode, "purpose");
        var metadata = new ProfileMetadata(
            reader.Text(root?.Get("organisation"), "organisation"),
            reader.String(root?.Get("version"), "version"),
            reader.Date(root?.Get("date"), "date"));

        var areas = reader.List(root?.Get("result_areas"), "result_areas", (item, path) => ReadArea(reader, item, path));
        reader.CheckUnique(areas, a => a.Id, a => a.Location, "result area");
        var criteria = reader.List(root?.Get("criteria"), "criteria", (item, path) =>
        {
            reader.NameById(item, path, "criterion");
            var mapping = reader.Mapping(item, path, CriterionKeys, CriterionKeys);
            var criterionId = reader.Id(mapping?.Get("id"), path + ".id");
            var name = reader.Text(mapping?.Get("name"), path + ".name");
            return criterionId is null || name is null ? null : new CriterionDefinition(criterionId, name, mapping!.Location);
        });
        reader.CheckUnique(criteria, c => c.Id, c => c.Location, "criterion");
        var definitions = reader.List(root?.Get("definitions"), "definitions", (item, path) =>
        {
            reader.NameById(item, path, "definition");
            var mapping = reader.Mapping(item, path, DefinitionKeys, DefinitionKeys);
            var definitionId = reader.Id(mapping?.Get("id"), path + ".id");
            var term = reader.Text(mapping?.Get("term"), path + ".term");
            var text = reader.Text(mapping?.Get("text"), path + ".text");
            return definitionId is null || term is null || text is null ? null : new TermDefinition(definitionId, term, text, mapping!.Location);
        });
        reader.CheckUnique(definitions, d => d.Id, d => d.Location, "definition");

        var (levels, allLevelsRead) = LoadLevels(directory, languages, diagnostics);

        var folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
        if (id is not null && id != folderName)
        {
            diagnostics.Error(root!.Get("id")!.Location, $"the profile id '{id}' differs from its folder name '{folderName}'", "commands find profiles by folder name and name outputs by id: make them the same", "id");
        }

        // A profile with a broken id, title or purpose is still checked against its level files with
        // stand-ins, so that one mistake does not hide the others until it is fixed.
        var complete = id is not null && title is not null && purpose is not null && languages.Count > 0;
        var missing = new LocalizedText(new Dictionary<string, string>(), SourceLocation.FileOnly(file));
        var profile = new RoleProfile(
            id ?? folderName,
            languages.Count > 0 ? languages : [LocalizedText.Neutral],
            title ?? missing,
            notice,
            purpose ?? new Statement(missing, missing),
            areas,
            criteria,
            definitions,
            metadata,
            levels,
            catalogue,
            directory,
            file);
        ProfileValidator.Validate(profile, diagnostics, checkTranslations: complete, checkDefinitionsUsed: allLevelsRead, profileRead: node is not null);
        return !complete || diagnostics.ErrorCount() > before
            ? null
            : profile with { Levels = [.. levels.OrderBy(l => catalogue.Find(l.LevelId)!.Order)] };
    }

    private static List<string> ReadLanguages(YamlNode? root, DiagnosticBag diagnostics)
    {
        // Languages are read first: they decide what a plain-string text means everywhere else.
        var reader = new YamlFieldReader(diagnostics, null);
        var node = (root as YamlMapping)?.Get("languages");
        var languages = reader.List(node, "languages", reader.LanguageReference);
        reader.CheckUnique(languages, l => l.Id, l => l.Location, "language");
        return [.. languages.Select(l => l.Id).Distinct()];
    }

    private static LevelVariant? FolderAsLevel(string folder, DiagnosticBag diagnostics)
    {
        diagnostics.Error(SourceLocation.FileOnly(folder), "this is a folder, not a level file", $"a level is one file: move what is in it to {Path.GetFileName(folder)} beside it, or rename the folder");
        return null;
    }

    private static ResultArea? ReadArea(YamlFieldReader reader, YamlNode node, string path)
    {
        reader.NameById(node, path, "result area");
        var mapping = reader.Mapping(node, path, AreaKeys, RequiredAreaKeys);
        var id = reader.Id(mapping?.Get("id"), path + ".id");
        var role = reader.Text(mapping?.Get("role"), path + ".role", elidable: true);
        var optional = reader.Bool(mapping?.Get("optional"), path + ".optional", false);
        var statement = StatementReader.Read(reader, mapping, path);
        var tasks = reader.List(mapping?.Get("tasks"), path + ".tasks", (item, itemPath) => TaskReader.ReadProfileTask(reader, item, itemPath));
        reader.CheckUnique(tasks.Where(t => t.Id is not null), t => t.Id!, t => t.Location, "task");
        return id is null || role is null || statement is null ? null : new ResultArea(id, role, optional, statement, tasks, mapping!.Location);
    }

    private static (List<LevelVariant> Levels, bool AllRead) LoadLevels(string directory, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(directory, LevelsFolderName);
        if (!Directory.Exists(folder))
        {
            var misnamed = FolderEntries.MisnamedFolder(directory, LevelsFolderName);
            diagnostics.Error(
                SourceLocation.FileOnly(folder),
                "the profile has no levels folder",
                misnamed is null ? $"create '{folder}' with one file per level, for example A1.yaml" : $"found {misnamed}/; rename it to {LevelsFolderName} (names are case-sensitive here)");
            return ([], false);
        }

        // Every entry named *.yaml or *.yml in any case (C.YAML too), and folders so named are
        // reported rather than skipped: a level that silently drops out is a missing document.
        List<string> files;
        try
        {
            files = [.. Directory.EnumerateFileSystemEntries(folder)
                .Where(YamlFiles.IsYaml)
                .Order(StringComparer.Ordinal)];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.FileOnly(folder), $"cannot read the levels folder: {Writing.FileWriteException.ReasonOf(exception)}", FolderEntries.ReadableHint(folder));
            return ([], false);
        }

        if (files.Count == 0)
        {
            diagnostics.Error(SourceLocation.FileOnly(folder), "the levels folder holds no level files", "add one file per level, for example A1.yaml with 'level: A1'");
        }

        var levels = files.Select(f => Directory.Exists(f) && FileProbe.KindOf(f) == FileKind.Directory
                ? FolderAsLevel(f, diagnostics)
                : LevelVariantLoader.Load(f, languages, diagnostics, directory))
            .OfType<LevelVariant>()
            .ToList();
        return (levels, levels.Count == files.Count && files.Count > 0);
    }
}
