using Markdig;
using System.Text.Json;
using JobDescGen.Testing;
using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Diffing;

public sealed class DiffCommandTests
{
    public static TheoryData<string, string> AdjacentBundledLevels => new() { { "C", "B" }, { "B", "A1" }, { "A1", "A2" } };

    [Theory]
    [MemberData(nameof(AdjacentBundledLevels))]
    public void Markdown_diff_of_adjacent_bundled_levels(string from, string to)
    {
        var run = CliRun.Of("diff", "--from", from, "--to", to, "--format", "md", "--profiles", RepoPaths.Profiles);
        Assert.Equal(0, run.ExitCode);
        Snapshot.Match(run.Output, $"diff-{from}-{to}", "md");
    }

    [Theory]
    [MemberData(nameof(AdjacentBundledLevels))]
    public void Text_diff_of_adjacent_bundled_levels_is_plain_when_captured(string from, string to)
    {
        var run = CliRun.Of("diff", "--from", from, "--to", to, "--profiles", RepoPaths.Profiles);
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Output);
        Snapshot.Match(run.Output, $"diff-{from}-{to}", "txt");
    }

    [Theory]
    [MemberData(nameof(AdjacentBundledLevels))]
    public void Every_mark_of_the_markdown_diff_is_read_as_bold_or_strikethrough_by_a_gfm_parser(string from, string to)
    {
        var markdown = CliRun.Of("diff", "--from", from, "--to", to, "--format", "md", "--profiles", RepoPaths.Profiles).Output;
        var pipeline = new Markdig.MarkdownPipelineBuilder().UseEmphasisExtras().Build();
        var plain = Markdig.Markdown.ToPlainText(markdown, pipeline);
        Assert.DoesNotContain("~~", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("**", plain, StringComparison.Ordinal);
        Assert.Contains("<del>", Markdig.Markdown.ToHtml(markdown, pipeline), StringComparison.Ordinal);
    }

    [Fact]
    public void A1_to_A2_changes_exactly_four_criteria()
    {
        using var json = Json("--from", "A1", "--to", "A2");
        var changed = json.RootElement.GetProperty("criteria").EnumerateArray()
            .Where(c => c.GetProperty("status").GetString() == "changed")
            .Select(c => c.GetProperty("name").GetString())
            .ToList();
        Assert.Equal(["Coördinatie", "Medewerkers", "Verbetering", "Contacten"], changed);
        var unchanged = json.RootElement.GetProperty("criteria").EnumerateArray()
            .Where(c => c.GetProperty("status").GetString() == "unchanged")
            .Select(c => c.GetProperty("criterion").GetString());
        Assert.Equal(["supervisie", "oplossingen"], unchanged);
    }

    [Fact]
    public void Json_has_the_documented_shape()
    {
        using var json = Json("--from", "B", "--to", "A1");
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("B", root.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("A1", root.GetProperty("to").GetProperty("id").GetString());
        foreach (var criterion in root.GetProperty("criteria").EnumerateArray())
        {
            Assert.Equal(["criterion", "name", "from", "to", "status", "words"], criterion.EnumerateObject().Select(p => p.Name));
        }

        var definition = Assert.Single(root.GetProperty("definitions").EnumerateArray());
        Assert.Equal("specialisatie", definition.GetProperty("definition").GetString());
        Assert.Equal("added", definition.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, definition.GetProperty("from").ValueKind);
    }

    [Fact]
    public void Areas_tasks_and_definitions_that_come_or_go_are_listed()
    {
        using var json = Json("--from", "B", "--to", "A1", "--profiles", LevelFixtures.TwoLevels);
        var root = json.RootElement;
        var areas = root.GetProperty("areas").EnumerateArray().Select(a => (a.GetProperty("area").GetString(), a.GetProperty("status").GetString()));
        Assert.Equal([("begeleider", "unchanged"), ("uitvoerder", "removed")], areas);
        var tasks = root.GetProperty("tasks").EnumerateArray().Select(t => (t.GetProperty("area").GetString(), t.GetProperty("text").GetString(), t.GetProperty("status").GetString()));
        Assert.Equal([("begeleider", "Opleidingsplannen opstellen.", "added"), ("uitvoerder", "Dossiers behandelen.", "removed")], tasks);
        var definitions = root.GetProperty("definitions").EnumerateArray().Select(d => (d.GetProperty("definition").GetString(), d.GetProperty("status").GetString()));
        Assert.Equal([("expertise", "added")], definitions);

        // Backwards, everything flips.
        using var back = Json("--from", "A1", "--to", "B", "--profiles", LevelFixtures.TwoLevels);
        Assert.Equal(["added", "removed"], back.RootElement.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("status").GetString()).Order());
        Assert.Equal("removed", back.RootElement.GetProperty("definitions")[0].GetProperty("status").GetString());
    }

    [Fact]
    public void Language_option_compares_the_french_texts()
    {
        var run = CliRun.Of("diff", "--from", "B", "--to", "A1", "--language", "fr", "--format", "md", "--profiles", LevelFixtures.TwoLevels);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("~~Répondre aux questions des clients.~~**Conseiller les clients en expert\\*.**", run.Output, StringComparison.Ordinal);
        Assert.Contains("## Critères distinctifs", run.Output, StringComparison.Ordinal);

        // The report's own words come from the French labels too (the trial found English among Dutch headings).
        Assert.Contains("Ajouts en **gras**, suppressions ~~barrées~~.", run.Output, StringComparison.Ordinal);
        Assert.Contains(" — modifié\n", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("changed", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eight_levels_compare_far_apart()
    {
        var run = CliRun.Of("diff", "--from", "D", "--to", "A5", "--profiles", LevelFixtures.EightLevels);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Reikwijdte: gewijzigd", run.Output, StringComparison.Ordinal);
        Assert.Contains("Een team van [-2-]{+16+} medewerkers op niveau [-D-]{+A5+} aansturen.", run.Output, StringComparison.Ordinal);
        Assert.Contains("expert: toegevoegd", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A1", "A1", "--from and --to are both A1")]
    [InlineData("a1", "A1", "--from and --to are both A1")]
    [InlineData("A1", "A9", "unknown level 'A9'")]
    [InlineData("A3", "A1", "profile 'leidinggevende' has no level A3")]
    public void Unusable_levels_exit_2_with_a_hint(string from, string to, string message)
    {
        using var temp = new TempFolder();
        var target = temp.Of("diff.md");
        var run = CliRun.Of("diff", "--from", from, "--to", to, "--profiles", RepoPaths.Profiles, "--format", "md", "--output", target);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Contains("hint:", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Output_writes_the_file_whole_and_prints_its_path()
    {
        using var temp = new TempFolder();
        var target = temp.Of("b-a1.json");
        var run = CliRun.Of("diff", "--from", "B", "--to", "A1", "--format", "json", "--output", target, "--profiles", RepoPaths.Profiles);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(target, run.Output.Trim());
        using var json = JsonDocument.Parse(File.ReadAllText(target));
        Assert.Equal(1, json.RootElement.GetProperty("schemaVersion").GetInt32());
    }

    [Fact]
    public void Unknown_format_is_a_usage_error()
    {
        var run = CliRun.Of("diff", "--from", "B", "--to", "A1", "--format", "pdf", "--profiles", RepoPaths.Profiles);
        Assert.Equal(2, run.ExitCode);
    }

    private static JsonDocument Json(params string[] args)
    {
        var arguments = args.Contains("--profiles") ? args : [.. args, "--profiles", RepoPaths.Profiles];
        var run = CliRun.Of(["diff", "--format", "json", .. arguments]);
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Output);
    }
}
