using JobDescGen.Testing;
using JobDescGen.Tests.Diffing;
using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Overview;

public sealed class OverviewCommandTests
{
    [Fact]
    public void Markdown_overview_of_the_bundled_profile()
    {
        Snapshot.Match(Markdown("--profiles", RepoPaths.Profiles), "overview-leidinggevende", "md");
    }

    [Fact]
    public void Every_criterion_statement_of_every_level_is_in_its_own_cell_once()
    {
        var rows = MatrixRows(Markdown("--profiles", RepoPaths.Profiles));
        var profile = BundledDocuments.Profile;
        Assert.Equal(profile.Criteria.Count, rows.Count);
        for (var row = 0; row < rows.Count; row++)
        {
            for (var column = 0; column < BundledDocuments.Levels.Length; column++)
            {
                var text = BundledDocuments.Document(BundledDocuments.Levels[column]).Description.Criteria[row].Text;
                var cell = Unescape(rows[row][column + 1]);
                Assert.StartsWith(text, cell, StringComparison.Ordinal);
                Assert.Equal(1, Count(cell, text));
            }
        }
    }

    [Fact]
    public void The_common_text_is_there_once()
    {
        var text = TextNormalizer.Collapse(Unescape(Markdown("--profiles", RepoPaths.Profiles)));
        var a1 = BundledDocuments.Document("A1").Description;
        Assert.Equal(1, Count(text, TextNormalizer.Collapse(a1.Notice!)));
        Assert.Equal(1, Count(text, "Medewerkers coördineren en/of aansturen en hun activiteiten opvolgen teneinde"));
        foreach (var task in a1.ResultAreas.SelectMany(a => a.Tasks))
        {
            Assert.Equal(1, Count(text, TextNormalizer.Collapse(task)));
        }

        foreach (var definition in BundledDocuments.Profile.Definitions)
        {
            Assert.Equal(1, Count(text, TextNormalizer.Collapse(definition.Text.Get("nl")!)));
        }
    }

    [Fact]
    public void A_cell_equal_to_its_left_neighbour_says_so()
    {
        var rows = MatrixRows(Markdown("--profiles", RepoPaths.Profiles));
        var supervisie = rows.Single(r => r[0] == "Supervisie");
        Assert.EndsWith("*(zelfde als Niveau A1)*", supervisie[4], StringComparison.Ordinal);
        Assert.DoesNotContain("zelfde als", supervisie[3], StringComparison.Ordinal);
        var marks = rows.SelectMany(r => r.Skip(1)).Count(c => c.Contains("zelfde als", StringComparison.Ordinal));
        Assert.Equal(2, marks); // Supervisie and Oplossingen: A2 = A1
    }

    [Fact]
    public void Levels_option_selects_the_columns_in_catalogue_order()
    {
        var markdown = Markdown("--profiles", RepoPaths.Profiles, "--levels", "A2,a1");
        Assert.Contains("| Criterium | Niveau A1 | Niveau A2 |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Niveau B |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_levels_mark_the_area_one_level_omits_and_the_tasks_one_level_adds()
    {
        var markdown = Markdown("--profiles", LevelFixtures.TwoLevels);
        Snapshot.Match(markdown, "overview-two-levels", "md");
        Assert.Contains("### Als uitvoerder (facultatief; niet voor Niveau A1)", markdown, StringComparison.Ordinal);
        Assert.Contains("- Opleidingsplannen opstellen. (alleen voor Niveau A1)", markdown, StringComparison.Ordinal);
        Assert.Contains("| Supervisie | Taken toevertrouwen en opvolgen. | Taken toevertrouwen en opvolgen. *(zelfde als Niveau B)* |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Eight_levels_make_eight_columns()
    {
        var markdown = Markdown("--profiles", LevelFixtures.EightLevels);
        Snapshot.Match(markdown, "overview-eight-levels", "md");
        var rows = MatrixRows(markdown);
        Assert.All(rows, r => Assert.Equal(9, r.Count));
        Assert.Contains("### Als expert (facultatief; niet voor Niveau D, Niveau C)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void French_labels_in_french()
    {
        var markdown = Markdown("--profiles", LevelFixtures.TwoLevels, "--language", "fr");
        Assert.StartsWith("# Coach d'équipe — Vue d'ensemble des niveaux", markdown, StringComparison.Ordinal);
        Assert.Contains("*(identique à Niveau B)*", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A9", "unknown level 'A9'")]
    [InlineData("A1,A3", "has no level A3")]
    public void Unknown_levels_exit_2_with_a_hint(string levels, string message)
    {
        var run = CliRun.Of("overview", "--profiles", RepoPaths.Profiles, "--levels", levels, "-o", "-");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Contains("hint:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_registered_format_writes_it_with_the_overview_name()
    {
        using var temp = new TempFolder();
        foreach (var format in new[] { "md", "pdf", "docx", "html" })
        {
            var run = CliRun.Of("overview", "--profiles", RepoPaths.Profiles, "--format", format, "--output", temp.Path + "/");
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.True(new FileInfo(temp.Of($"leidinggevende-overview.{format}")).Length > 500, format);
        }
    }

    [Fact]
    public void A_users_overview_template_replaces_the_built_in_one()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.Of("overview.md.sbn"), "# {{ title }}\n\n{{ for level in levels }}- {{ level.id }}\n{{ end }}");
        var markdown = Markdown("--profiles", RepoPaths.Profiles, "--templates", temp.Path);
        Assert.Equal("# Leidinggevende\n\n- C\n- B\n- A1\n- A2\n", markdown);
    }

    internal static string Markdown(params string[] args)
    {
        var run = CliRun.Of(["overview", .. args, "--output", "-"]);
        Assert.True(run.ExitCode == 0, run.Error);
        return run.Output;
    }

    private static List<List<string>> MatrixRows(string markdown) =>
        markdown.Split('\n')
            .SkipWhile(l => !l.StartsWith("| Criterium", StringComparison.Ordinal))
            .Skip(2)
            .TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Trim('|').Split(" | ").Select(c => c.Trim()).ToList())
            .ToList();

    private static string Unescape(string text) => text.Replace("\\", string.Empty, StringComparison.Ordinal);

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
