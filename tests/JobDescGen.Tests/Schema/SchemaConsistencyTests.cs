using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using JobDescGen.Cli.Infrastructure;
using JobDescGen.Loading;
using JobDescGen.Pdf;
using JobDescGen.Rendering;
using JobDescGen.Testing;
using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Schema;

/// <summary>The schemas agree with the loaders' key lists, carry stable ids, and init maps them to their files.</summary>
public sealed class SchemaConsistencyTests
{
    public static TheoryData<string> SchemaNames() => new(SchemaCatalogue.Names);

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void Every_schema_has_a_stable_versioned_id(string name)
    {
        var schema = Read(name);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
        Assert.Equal($"{SchemaCatalogue.IdBase}{name}.schema.json", (string?)schema["$id"]);
    }

    [Theory]
    [InlineData(typeof(ProfileLoader), "profile", "", "RootKeys", "RequiredRootKeys")]
    [InlineData(typeof(ProfileLoader), "profile", "result_areas[]", "AreaKeys", "RequiredAreaKeys")]
    [InlineData(typeof(ProfileLoader), "profile", "criteria[]", "CriterionKeys", null)]
    [InlineData(typeof(ProfileLoader), "profile", "definitions[]", "DefinitionKeys", null)]
    [InlineData(typeof(LevelVariantLoader), "level", "", "RootKeys", "RequiredRootKeys")]
    [InlineData(typeof(LevelVariantLoader), "level", "criteria{}", "StatementKeys", "RequiredStatementKeys")]
    [InlineData(typeof(LevelCatalogueLoader), "levels", "", "RootKeys", null)]
    [InlineData(typeof(LevelCatalogueLoader), "levels", "levels[]", "LevelKeys", null)]
    [InlineData(typeof(LanguagePackLoader), "labels", "", "RootKeys", null)]
    [InlineData(typeof(JobDescGen.Jobs.Loading.JobLoader), "job", "", "RootKeys", "RequiredRootKeys")]
    [InlineData(typeof(JobDescGen.Jobs.Loading.JobLoader), "job", "identification", "IdentificationKeys", "RequiredIdentificationKeys")]
    [InlineData(typeof(JobDescGen.Jobs.Loading.JobLoader), "job", "purpose", "PurposeKeys", "PurposeKeys")]
    [InlineData(typeof(JobDescGen.Jobs.Loading.JobLoader), "job", "result_areas", "AreaKeys", null)]
    [InlineData(typeof(JobDescGen.Jobs.Loading.JobLoader), "job", "result_areas.tasks{}", "AreaTaskKeys", null)]
    [InlineData(typeof(JobDescGen.Jobs.Loading.JobLoader), "job", "network", "NetworkKeys", null)]
    [InlineData(typeof(JobDescGen.Jobs.Loading.JobLoader), "job", "positioning", "PositioningKeys", null)]
    [InlineData(typeof(JobDescGen.Jobs.Loading.JobLoader), "job", "autonomy", "AutonomyKeys", null)]
    [InlineData(typeof(JobDescGen.Jobs.Loading.JobLoader), "job", "impact", "ImpactKeys", null)]
    [InlineData(typeof(JobDescGen.Jobs.Loading.JobLoader), "job", "knowledge", "KnowledgeKeys", null)]
    [InlineData(typeof(JobDescGen.Jobs.Loading.JobLoader), "job", "innovation", "InnovationKeys", null)]
    [InlineData(typeof(JobDescGen.Jobs.Loading.JobLoader), "job", "competencies[]", "CompetencyKeys", "RequiredCompetencyKeys")]
    public void The_loader_and_the_schema_know_the_same_keys(Type loader, string schemaName, string path, string keysField, string? requiredField)
    {
        var node = At(Read(schemaName), path);
        var properties = node["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);
        Assert.Equal(Field(loader, keysField).Order(StringComparer.Ordinal), properties);
        Assert.False((bool?)node["additionalProperties"] ?? true, $"{schemaName} {path} should refuse unknown keys, as the loader does");
        if (requiredField is not null)
        {
            var required = node["required"]!.AsArray().Select(r => (string)r!).Order(StringComparer.Ordinal);
            Assert.Equal(Field(loader, requiredField).Order(StringComparer.Ordinal), required);
        }
    }

    [Fact]
    public void The_theme_schema_has_every_theme_key_with_its_range_and_choices()
    {
        var settings = (System.Collections.IEnumerable)typeof(PdfDocumentWriter).Assembly.GetType("JobDescGen.Pdf.Theme.ThemeSchema", throwOnError: true)!
            .GetProperty("Settings", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        var schema = Read("theme")["properties"]!.AsObject();
        var keys = new List<string>();
        foreach (var setting in settings)
        {
            var key = (string)Property(setting, "Key")!;
            keys.Add(key);
            var (section, name) = (key[..key.IndexOf('.')], key[(key.IndexOf('.') + 1)..]);
            var property = schema[section]?["properties"]?[name];
            Assert.True(property is not null, $"theme.schema.json lacks {key}");
            switch (Property(setting, "Kind")!.ToString())
            {
                case "Number":
                    Assert.Equal((double)Property(setting, "Min")!, (double)property!["minimum"]!);
                    Assert.Equal((double)Property(setting, "Max")!, (double)property!["maximum"]!);
                    break;
                case "Choice":
                    Assert.Equal((IEnumerable<string>)Property(setting, "Choices")!, property!["enum"]!.AsArray().Select(c => (string)c!));
                    break;
                case "Color":
                    Assert.Equal("^#[0-9A-Fa-f]{6}$", (string?)property!["pattern"]);
                    break;
                case "FamilyList":
                    Assert.Equal((IEnumerable<string>)Property(setting, "Choices")!, property!["items"]!["enum"]!.AsArray().Select(c => (string)c!));
                    break;
            }
        }

        var schemaKeys = schema.SelectMany(section => section.Value!["properties"]!.AsObject().Select(p => $"{section.Key}.{p.Key}"));
        Assert.Equal(keys.Order(StringComparer.Ordinal), schemaKeys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_labels_schema_describes_every_built_in_label()
    {
        var described = Read("labels")["properties"]!["labels"]!["properties"]!.AsObject().Select(p => p.Key).ToHashSet();
        foreach (var file in Directory.GetFiles(RepoPaths.Of("templates", "lang"), "*.yaml"))
        {
            foreach (var label in YamlToJson.Convert(File.ReadAllText(file))!["labels"]!.AsObject().Select(p => p.Key))
            {
                Assert.Contains(label, described);
            }
        }
    }

    [Fact]
    public void Init_writes_editor_settings_that_map_every_written_yaml_file_to_its_schema()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliRun.Of("init", temp.Path).ExitCode);
        var settings = JsonNode.Parse(File.ReadAllText(temp.Of(".vscode", "settings.json")))!["yaml.schemas"]!.AsObject();
        var files = Directory.GetFiles(temp.Path, "*.yaml", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(temp.Path, f).Replace('\\', '/')).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var matches = settings.Where(entry => entry.Value!.AsArray().Any(glob => Glob((string)glob!).IsMatch(file))).Select(entry => entry.Key).ToList();
            Assert.Equal([$"./schemas/{SchemaCatalogue.SchemaOf(file)}.schema.json"], matches);
        }

        foreach (var schema in settings.Select(entry => entry.Key))
        {
            Assert.True(File.Exists(Path.Combine(temp.Path, schema)), $"{schema} is mapped but init did not write it");
        }

        Assert.Equal(EditorSettings.Text(), File.ReadAllText(temp.Of(".vscode", "settings.json")));
    }

    // Glob as the YAML extension reads it: '**/' any folders, '*' within one name.
    private static Regex Glob(string glob) =>
        new("^" + Regex.Escape(glob).Replace(@"\*\*/", "(.*/)?", StringComparison.Ordinal).Replace(@"\*", "[^/]*", StringComparison.Ordinal) + "$");

    private static JsonObject Read(string name) => JsonNode.Parse(File.ReadAllText(RepoPaths.Of("schemas", $"{name}.schema.json")))!.AsObject();

    // "result_areas[]" is the item schema of the list result_areas, "criteria{}" the value schema of the mapping criteria.
    private static JsonNode At(JsonNode schema, string path)
    {
        var node = schema;
        foreach (var part in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            node = part.EndsWith("[]", StringComparison.Ordinal) ? node["properties"]![part[..^2]]!["items"]!
                : part.EndsWith("{}", StringComparison.Ordinal) ? node["properties"]![part[..^2]]!["additionalProperties"]!
                : node["properties"]![part]!;
            node = Local(schema, node);
        }

        return node;
    }

    // Follows a reference into the schema's own $defs.
    private static JsonNode Local(JsonNode schema, JsonNode node) =>
        (string?)node["$ref"] is { } reference && reference.StartsWith("#/$defs/", StringComparison.Ordinal)
            ? schema["$defs"]![reference["#/$defs/".Length..]]!
            : node;

    private static string[] Field(Type type, string name) =>
        (string[])(type.GetField(name, BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static) ?? throw new InvalidOperationException($"{type.Name}.{name} not found")).GetValue(null)!;

    private static object? Property(object target, string name) => target.GetType().GetProperty(name)!.GetValue(target);
}
