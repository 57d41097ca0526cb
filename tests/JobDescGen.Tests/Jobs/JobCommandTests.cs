using System.Text.Json.Nodes;
using JobDescGen.Testing;
using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Jobs;

/// <summary>The commands on specific jobs: generate without --level, new job, list, validate, explain, diff, preview, build.</summary>
public sealed class JobCommandTests
{
    private static string[] On(params string[] args) => [.. args, "--profiles", RepoPaths.Profiles, "--jobs", BundledJob.Folder];

    [Fact]
    public void Generate_takes_a_job_without_level_and_names_the_file_by_the_job()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of(On("generate", BundledJob.Id, "-o", temp.Path + "/"));
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(temp.Of(BundledJob.Id + ".md"), run.Output.Trim());
        Assert.Equal(BundledJob.Markdown, File.ReadAllText(temp.Of(BundledJob.Id + ".md")));
    }

    [Fact]
    public void An_unknown_job_is_a_usage_error_with_a_hint()
    {
        var run = CliRun.Of(On("generate", "teamleider-personeelsadministrati"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: no job 'teamleider-personeelsadministrati'", run.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'teamleider-personeelsadministratie'?", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("generate")]
    [InlineData("explain")]
    [InlineData("preview")]
    public void Neither_a_level_nor_a_job_is_a_usage_error_with_this_commands_examples(string command)
    {
        var run = CliRun.Of(On(command));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: give --level LEVEL for a profile's level, or a job's id for a specific job", run.Error, StringComparison.Ordinal);
        Assert.Contains($"'jobdescgen {command} --level A1', or 'jobdescgen {command} JOB' (see 'jobdescgen list')", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void New_job_writes_a_valid_job_with_placeholders_and_never_overwrites()
    {
        using var temp = new TempFolder();
        var profiles = temp.CopyFrom(RepoPaths.Profiles, "profiles");
        var run = CliRun.Of("new", "job", "teamleider-onthaal", "--from", "leidinggevende", "--level", "B", "--profiles", profiles);
        Assert.Equal(0, run.ExitCode);
        var file = temp.Of("jobs", "teamleider-onthaal.yaml");
        Assert.Equal(file, run.Output.Trim());
        var text = File.ReadAllText(file);
        Assert.StartsWith("# yaml-language-server: $schema=../schemas/job.schema.json\n", text, StringComparison.Ordinal);
        Assert.Contains("# network:", text, StringComparison.Ordinal);
        Assert.Contains("# context:", text, StringComparison.Ordinal);

        Assert.Equal(0, CliRun.Of("validate", "--profiles", profiles).ExitCode);
        var generated = CliRun.Of("generate", "teamleider-onthaal", "--profiles", profiles, "-o", "-");
        Assert.Equal(0, generated.ExitCode);
        Assert.Contains("- **Niveau (en klasse):** Niveau B", generated.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("## 4.", generated.Output, StringComparison.Ordinal);

        var again = CliRun.Of("new", "job", "teamleider-onthaal", "--from", "leidinggevende", "--level", "B", "--profiles", profiles);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Error, StringComparison.Ordinal);
        var unknown = CliRun.Of("new", "job", "x", "--from", "leidinggevend", "--level", "B", "--profiles", profiles);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("did you mean 'leidinggevende'?", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void List_shows_jobs_with_their_profile_and_level()
    {
        var run = CliRun.Of("list", "--profiles", RepoPaths.Profiles);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\nJOB ", run.Output, StringComparison.Ordinal);
        Assert.Matches($"{BundledJob.Id} +Teamleider Personeelsadministratie +leidinggevende +A1\n", run.Output);
        var json = JsonNode.Parse(CliRun.Of("list", "--json", "--profiles", RepoPaths.Profiles).Output)!["jobs"]![0]!;
        Assert.Equal((BundledJob.Id, "leidinggevende", "A1", true), ((string)json["id"]!, (string)json["profile"]!, (string)json["level"]!, (bool)json["valid"]!));
    }

    [Fact]
    public void Validate_checks_the_jobs_beside_the_profiles()
    {
        using var temp = new TempFolder();
        var profiles = temp.CopyFrom(RepoPaths.Profiles, "profiles");
        temp.CopyFrom(BundledJob.Folder, "jobs");
        Assert.Equal(0, CliRun.Of("validate", "--profiles", profiles).ExitCode);
        File.WriteAllText(temp.Of("jobs", "kapot.yaml"), "extends: leidinggevende\nlevel: A1\nidentification:\n  title: X\nnetwerk: {}\n");
        var run = CliRun.Of("validate", "--profiles", profiles);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("kapot.yaml:5:1: error: unknown key 'netwerk'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_job_on_a_broken_profile_says_so_at_extends_and_the_profiles_own_errors_follow()
    {
        using var temp = new TempFolder();
        var profiles = temp.CopyFrom(RepoPaths.Profiles, "profiles");
        var jobs = temp.CopyFrom(BundledJob.Folder, "jobs");
        var profile = Path.Combine(profiles, "leidinggevende", "profile.yaml");
        File.WriteAllText(profile, File.ReadAllText(profile).Replace("title:\n  nl: Leidinggevende", "tilte:\n  nl: Leidinggevende", StringComparison.Ordinal));
        var run = CliRun.Of("generate", BundledJob.Id, "--profiles", profiles, "--jobs", jobs, "-o", "-");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{Path.Combine(jobs, BundledJob.Id + ".yaml")}:7:10: error: the generic profile 'leidinggevende' has errors", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{profile}:12:1: error: unknown key 'tilte'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_gives_the_job_variable_with_the_rubrics_in_order()
    {
        var run = CliRun.Of(On("explain", BundledJob.Id));
        Assert.Equal(0, run.ExitCode);
        var job = JsonNode.Parse(run.Output)!["job"]!;
        Assert.Equal(Enumerable.Range(1, 12), job["rubrics"]!.AsArray().Select(r => (int)r!["number"]!));
        Assert.Equal("Netwerkelementen", (string)job["rubrics"]![3]!["title"]!);
        Assert.Equal(9, (int)job["positioning"]!["team_size"]!);
    }

    [Fact]
    public void Diff_shows_what_the_job_changes_from_its_generic_level()
    {
        var run = CliRun.Of(On("diff", BundledJob.Id, "--no-color"));
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Leidinggevende: Niveau A1 → Teamleider Personeelsadministratie\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("{+ Het team verwerkt de volledige personeelsadministratie", run.Output, StringComparison.Ordinal);
        Assert.Contains("  medewerker: verwijderd\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("  - extern contactpersoon: De briefwisseling verzorgen (brieven, mails, nota’s);\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("  + coördinator: De maandelijkse afsluiting van de weddeberekening plannen en de timing ervan bewaken;\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Preview_shows_the_job_in_the_terminal() =>
        Snapshot.Match(CliRun.Of(On("preview", BundledJob.Id, "--width", "80", "--no-color")).Output, "job.preview.w80");

    [Fact]
    public void Editing_the_generic_profile_changes_the_job_and_build_check_flags_it_stale()
    {
        using var temp = new TempFolder();
        var profiles = temp.CopyFrom(RepoPaths.Profiles, "profiles");
        temp.CopyFrom(BundledJob.Folder, "jobs");
        var output = temp.Of("out");
        Assert.Equal(0, CliRun.Of("build", "--profiles", profiles, "--out", output, "--formats", "md", "--quiet").ExitCode);
        var job = Path.Combine(output, "jobs", BundledJob.Id + ".md");
        Assert.Equal(BundledJob.Markdown, File.ReadAllText(job));
        Assert.Equal(0, CliRun.Of("build", "--profiles", profiles, "--out", output, "--formats", "md", "--check", "--quiet").ExitCode);

        var profile = Path.Combine(profiles, "leidinggevende", "profile.yaml");
        File.WriteAllText(profile, File.ReadAllText(profile).Replace("Interne vragen beantwoorden;", "Interne vragen snel beantwoorden;", StringComparison.Ordinal));
        var check = CliRun.Of("build", "--profiles", profiles, "--out", output, "--formats", "md", "--check");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains($"stale      {output}/jobs/{BundledJob.Id}.md", check.Output + check.Error, StringComparison.Ordinal);

        Assert.Equal(0, CliRun.Of("build", "--profiles", profiles, "--out", output, "--formats", "md", "--quiet").ExitCode);
        Assert.Contains("- Interne vragen snel beantwoorden;", File.ReadAllText(job), StringComparison.Ordinal);
        var generated = CliRun.Of("generate", BundledJob.Id, "--profiles", profiles, "-o", "-");
        Assert.Contains("- Interne vragen snel beantwoorden;", generated.Output, StringComparison.Ordinal);

        // A job file removed: its documents go with the next build, as a removed level's do.
        File.Delete(temp.Of("jobs", BundledJob.Id + ".yaml"));
        Assert.Equal(0, CliRun.Of("build", "--profiles", profiles, "--out", output, "--formats", "md", "--quiet").ExitCode);
        Assert.False(File.Exists(job));
        Assert.DoesNotContain("jobs/", File.ReadAllText(Path.Combine(output, "manifest.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_rubric_is_left_out_or_shown_as_not_applicable_by_the_template_setting()
    {
        using var temp = new TempFolder();
        var profiles = temp.CopyFrom(RepoPaths.Profiles, "profiles");
        Assert.Equal(0, CliRun.Of("new", "job", "leeg", "--from", "leidinggevende", "--level", "A1", "--profiles", profiles).ExitCode);
        var omitted = CliRun.Of("generate", "leeg", "--profiles", profiles, "-o", "-").Output;
        Assert.Contains("## 3. Resultaatgebieden", omitted, StringComparison.Ordinal);
        Assert.DoesNotContain("## 4.", omitted, StringComparison.Ordinal);
        Assert.DoesNotContain("n.v.t.", omitted, StringComparison.Ordinal);

        var templates = temp.Of("templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "job.md.sbn"), File.ReadAllText(RepoPaths.Of("templates", "job.md.sbn")).Replace("show_empty_rubrics = false", "show_empty_rubrics = true", StringComparison.Ordinal));
        var shown = CliRun.Of("generate", "leeg", "--profiles", profiles, "--templates", templates, "-o", "-").Output;
        foreach (var heading in new[] { "4. Netwerkelementen", "5. Organogram", "6. Positionering", "7. Autonomie", "8. Impact", "9. Technische expertise", "10. Innovatie", "11. Generiek competentieprofiel", "12. Specifieke context van de functie" })
        {
            Assert.Contains($"## {heading}\n\nn.v.t.\n", shown, StringComparison.Ordinal);
        }
    }
}
