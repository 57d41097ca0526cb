using System.Text.Json;
using JobDescGen.Testing;
using JobDescGen.Tests.Support;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace JobDescGen.Tests.Explaining;

public sealed class ExplainCommandTests
{
    [Fact]
    public void Json_of_A1_is_the_template_data()
    {
        var run = CliRun.Of("explain", "--level", "A1", "--profiles", RepoPaths.Profiles);
        Assert.Equal(0, run.ExitCode);
        Snapshot.Match(run.Output, "explain-A1", "json");
    }

    [Fact]
    public void Yaml_of_A1_holds_the_same_data_as_the_json()
    {
        var json = CliRun.Of("explain", "--level", "A1", "--profiles", RepoPaths.Profiles).Output;
        var yaml = CliRun.Of("explain", "--level", "A1", "--format", "yaml", "--profiles", RepoPaths.Profiles);
        Assert.Equal(0, yaml.ExitCode);
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml.Output));
        Assert.Equal(Normalize(JsonDocument.Parse(json).RootElement), YamlToJsonText(stream.Documents[0].RootNode));
    }

    [Fact]
    public void Names_are_the_names_the_template_uses()
    {
        // Every variable the built-in template reads is in the explained data.
        using var json = JsonDocument.Parse(CliRun.Of("explain", "--level", "A1", "--profiles", RepoPaths.Profiles).Output);
        var root = json.RootElement;
        var template = File.ReadAllText(RepoPaths.Of("templates", "job-description.md.sbn"));
        foreach (var name in new[] { "title", "level", "version", "labels", "date_long", "organisation", "notice", "purpose", "result_areas", "criteria", "definitions" })
        {
            Assert.Contains(name, template, StringComparison.Ordinal);
            Assert.True(root.TryGetProperty(name, out _), name);
        }

        Assert.Equal("A1", root.GetProperty("level").GetProperty("id").GetString());
        Assert.Equal("gespecialiseerd\\* zijn", root.GetProperty("criteria")[2].GetProperty("text").GetString()!.Split("die ")[1].Split(" in")[0]);
        Assert.Equal(["specialisatie"], root.GetProperty("definitions").EnumerateArray().Select(d => d.GetProperty("id").GetString()));
    }

    [Fact]
    public void Language_option_explains_the_french_data()
    {
        using var json = JsonDocument.Parse(CliRun.Of("explain", "--level", "A1", "--language", "fr", "--profiles", Diffing.LevelFixtures.TwoLevels).Output);
        Assert.Equal("fr", json.RootElement.GetProperty("language").GetString());
        Assert.Equal("Coach d'équipe", json.RootElement.GetProperty("title").GetString());
        Assert.Equal("Critères distinctifs", json.RootElement.GetProperty("labels").GetProperty("criteria").GetString());
    }

    [Theory]
    [InlineData("A9", "unknown level 'A9'")]
    [InlineData("A3", "has no level A3")]
    public void An_unknown_level_exits_2_with_a_hint(string level, string message)
    {
        var run = CliRun.Of("explain", "--level", level, "--profiles", RepoPaths.Profiles);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Contains("hint: levels of 'leidinggevende': C, B, A1, A2", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    private static string Normalize(JsonElement element) => JsonSerializer.Serialize(element);

    private static string YamlToJsonText(YamlNode node) => JsonSerializer.Serialize(ToObject(node));

    private static object? ToObject(YamlNode node) => node switch
    {
        YamlMappingNode map => map.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ToObject(p.Value)),
        YamlSequenceNode list => list.Children.Select(ToObject).ToList(),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } scalar when scalar.Value is "null" => null,
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } scalar when scalar.Value is "true" or "false" => scalar.Value == "true",
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } scalar when int.TryParse(scalar.Value, out var number) => number,
        YamlScalarNode scalar => scalar.Value,
        _ => throw new InvalidOperationException(node.GetType().Name),
    };
}
