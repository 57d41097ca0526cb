using System.Text.Json.Nodes;
using JobDescGen.Testing;
using JobDescGen.Tests.Support;
using Markdig;
using Markdig.Syntax;
using Xunit;

namespace JobDescGen.Tests.Jobs;

/// <summary>
/// diff JOB: a job inherits its level's criteria whole, so its report lists only what the job
/// changes and counts the rest in one line (review: every criterion was listed as "unchanged").
/// </summary>
public sealed class JobDiffTests
{
    private static readonly MarkdownPipeline Gfm = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .Build();

    private static string[] On(params string[] args) => [.. args, "--profiles", RepoPaths.Profiles, "--jobs", BundledJob.Folder];

    [Fact]
    public void Markdown_lists_only_what_the_job_changes_and_counts_the_rest()
    {
        var run = CliRun.Of(On("diff", BundledJob.Id, "--format", "md"));

        Assert.Equal(0, run.ExitCode);
        Snapshot.Match(run.Output, "job.diff", "md");
        var document = Markdown.Parse(run.Output, Gfm);
        var headings = document.Descendants<HeadingBlock>().Select(h => (h.Level, Text: Inline(h))).ToList();
        Assert.Equal(
            [(1, "Leidinggevende: Niveau A1 → Teamleider Personeelsadministratie"), (2, "Doel"), (3, "gewijzigd"), (2, "Resultaatgebieden"), (3, "medewerker — verwijderd"), (2, "Voorbeelden van taken")],
            headings);
        var paragraphs = document.OfType<ParagraphBlock>().Select(Inline).ToList();
        Assert.Equal("Ongewijzigd ten opzichte van Niveau A1: 6 criteria, 5 resultaatgebieden, 29 taken en 1 definitie.", paragraphs[1]);
        Assert.DoesNotContain("ongewijzigd", run.Output.Replace("Ongewijzigd ten opzichte", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Text_lists_only_what_the_job_changes_and_counts_the_rest()
    {
        var lines = CliRun.Of(On("diff", BundledJob.Id, "--no-color")).Output.Split('\n');

        Assert.Equal("Ongewijzigd ten opzichte van Niveau A1: 6 criteria, 5 resultaatgebieden, 29 taken en 1 definitie.", lines[1]);
        Assert.DoesNotContain(lines, l => l.EndsWith(": ongewijzigd", StringComparison.Ordinal));
        Assert.DoesNotContain("Onderscheidende criteria", lines);
        Assert.Contains("  medewerker: verwijderd", lines);
    }

    [Fact]
    public void Json_still_lists_every_item_with_its_status_for_other_tools()
    {
        var json = JsonNode.Parse(CliRun.Of(On("diff", BundledJob.Id, "--format", "json")).Output)!;

        var criteria = json["criteria"]!.AsArray();
        Assert.Equal(6, criteria.Count);
        Assert.All(criteria, c => Assert.Equal("unchanged", (string)c!["status"]!));
        Assert.Equal(6, json["areas"]!.AsArray().Count);
    }

    [Fact]
    public void A_job_that_changes_nothing_is_a_title_and_the_count()
    {
        using var temp = new TempFolder();
        var profiles = temp.CopyFrom(RepoPaths.Profiles, "profiles");
        Assert.Equal(0, CliRun.Of("new", "job", "leeg", "--from", "leidinggevende", "--level", "B", "--profiles", profiles).ExitCode);

        var run = CliRun.Of("diff", "leeg", "--format", "md", "--profiles", profiles);

        Assert.Equal(0, run.ExitCode);
        var document = Markdown.Parse(run.Output, Gfm);
        Assert.Single(document.Descendants<HeadingBlock>());
        Assert.Equal("Ongewijzigd ten opzichte van Niveau B: het doel, 6 criteria, 6 resultaatgebieden en 36 taken.", document.OfType<ParagraphBlock>().Select(Inline).Last());
    }

    [Fact]
    public void A_diff_of_two_levels_still_shows_every_criterion()
    {
        var run = CliRun.Of("diff", "--from", "A1", "--to", "A2", "--profiles", RepoPaths.Profiles, "--no-color");

        Assert.Contains("  Supervisie: ongewijzigd", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Ongewijzigd ten opzichte", run.Output, StringComparison.Ordinal);
    }

    private static string Inline(LeafBlock block) =>
        string.Concat(block.Inline!.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString()));
}
