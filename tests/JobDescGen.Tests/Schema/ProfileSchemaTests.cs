using System.Text.Json;
using Json.Schema;
using JobDescGen.Testing;
using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Schema;

/// <summary>The JSON Schemas shipped for editors accept the bundled files and reject broken ones.</summary>
public sealed class ProfileSchemaTests
{
    private static readonly Lazy<Dictionary<string, JsonSchema>> Schemas = new(LoadSchemas);

    public static TheoryData<string, string> BundledFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var (schema, file) in SchemaCatalogue.BundledFiles())
        {
            data.Add(schema, file);
        }

        return data;
    }

    public static TheoryData<string> InvalidExamples() =>
        new(Directory.GetFiles(RepoPaths.Of("tests", "JobDescGen.Tests", "Schema", "Invalid"), "*.yaml").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(BundledFiles))]
    public void Bundled_files_are_valid(string schema, string file)
    {
        var result = Evaluate(schema, File.ReadAllText(RepoPaths.Of(file)));
        Assert.True(result.IsValid, Describe(result));
    }

    [Theory]
    [MemberData(nameof(BundledFiles))]
    public void Bundled_files_reference_their_schema_for_editors(string schema, string file)
    {
        var firstLine = File.ReadLines(RepoPaths.Of(file)).First();
        Assert.StartsWith("# yaml-language-server: $schema=", firstLine, StringComparison.Ordinal);
        var relative = firstLine["# yaml-language-server: $schema=".Length..];
        var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(RepoPaths.Of(file))!, relative));
        Assert.Equal(RepoPaths.Of("schemas", $"{schema}.schema.json"), target);
    }

    [Theory]
    [MemberData(nameof(InvalidExamples))]
    public void Broken_examples_are_rejected(string name)
    {
        var text = File.ReadAllText(RepoPaths.Of("tests", "JobDescGen.Tests", "Schema", "Invalid", name));
        var schema = text.Split('\n')[0].Replace("# schema:", string.Empty, StringComparison.Ordinal).Trim();
        Assert.False(Evaluate(schema, text).IsValid, $"{name} should be rejected by {schema}.schema.json");
    }

    private static EvaluationResults Evaluate(string schema, string yaml)
    {
        var json = JsonSerializer.SerializeToElement(YamlToJson.Convert(yaml));
        // Formats (date) are checked, as ajv with ajv-formats and the YAML language server check them.
        return Schemas.Value[schema].Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }

    private static string Describe(EvaluationResults result) =>
        string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    private static Dictionary<string, JsonSchema> LoadSchemas()
    {
        // The schemas refer to text.schema.json relative to their $id, as ajv and editors resolve it.
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        JsonSchema.FromFile(RepoPaths.Of("schemas", "text.schema.json"), options);
        return SchemaCatalogue.Names.Where(n => n != "text").ToDictionary(name => name, name => JsonSchema.FromFile(RepoPaths.Of("schemas", $"{name}.schema.json"), options));
    }
}
