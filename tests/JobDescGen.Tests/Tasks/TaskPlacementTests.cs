using JobDescGen.Diagnostics;
using JobDescGen.Loading;
using JobDescGen.Resolving;
using JobDescGen.Testing;
using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Tasks;

/// <summary>Task ids in the profile; a level file places added tasks, and omits tasks, by id or by exact text.</summary>
public sealed class TaskPlacementTests
{
    private static readonly string[] CoordinatorIds = ["prioriteiten", "richtlijnen-vertalen", "planning", "instructies", "taakverdeling", "kwaliteitstoezicht", "werklast"];

    [Fact]
    public void The_bundled_profile_gives_every_task_an_id()
    {
        var areas = BundledDocuments.Profile.ResultAreas;
        Assert.Equal(CoordinatorIds, areas[0].Tasks.Select(t => t.Id));
        Assert.All(areas.SelectMany(a => a.Tasks), t => Assert.NotNull(t.Id));
        Assert.Equal("Een planning opstellen en deze aanpassen aan onvoorziene situaties;", areas[0].Tasks[2].Text.Get("nl"));
    }

    [Fact]
    public void Added_tasks_go_first_after_a_task_by_id_or_by_text_and_last_and_omitted_ones_go()
    {
        var c = Resolve("""
            extra_tasks:
              coordinator:
                - nl: Aan het eind;
                - text: { nl: Vooraan; }
                  position: start
                - id: na-planning
                  text: { nl: Na de planning; }
                  after: planning
                - text: { nl: Na de vorige toegevoegde taak; }
                  after: na-planning
                - text: { nl: Na de taakverdeling (bij tekst); }
                  after: De taken verdelen onder de teamleden rekening houdend met de werklast;
            omit_tasks:
              coordinator: [werklast, "De richtlijnen en doelstellingen vertalen naar de medewerkers;"]
            """);
        var tasks = c.ResultAreas.Single(a => a.Id == "coordinator").Tasks;
        Assert.Equal(
            [
                "Vooraan;",
                "De operationele prioriteiten bepalen in functie van de richtlijnen of overeengekomen doelstellingen;",
                "Een planning opstellen en deze aanpassen aan onvoorziene situaties;",
                "Na de planning;",
                "Na de vorige toegevoegde taak;",
                "Concrete instructies of opdrachten geven aan de medewerkers rekening houdend met hun competenties en talenten;",
                "De taken verdelen onder de teamleden rekening houdend met de werklast;",
                "Na de taakverdeling (bij tekst);",
                "Toezien op de kwaliteit en tijdige uitvoering van de taken en bijsturen indien nodig;",
                "Aan het eind;",
            ],
            tasks);
    }

    [Fact]
    public void A_plain_text_task_in_the_profile_is_matched_by_its_exact_text()
    {
        using var temp = new TempFolder();
        var profiles = temp.CopyFrom(RepoPaths.Profiles, "profiles");
        var file = Path.Combine(profiles, "leidinggevende", "profile.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("      - id: planning\n        text:\n          nl: Een planning", "      - nl: Een planning", StringComparison.Ordinal));
        File.AppendAllText(Path.Combine(profiles, "leidinggevende", "levels", "C.yaml"), """
            omit_tasks:
              coordinator: ["Een planning opstellen en deze aanpassen aan onvoorziene situaties;"]
            """);
        var profile = BundledDocuments.LoadProfile(Path.Combine(profiles, "leidinggevende"));
        Assert.Null(profile.ResultAreas[0].Tasks[2].Id);
        var c = LevelResolver.Resolve(profile, "C", null, BundledDocuments.PinnedDate);
        Assert.Equal(6, c.ResultAreas[0].Tasks.Count);
        Assert.DoesNotContain("Een planning opstellen en deze aanpassen aan onvoorziene situaties;", c.ResultAreas[0].Tasks);
    }

    [Theory]
    [InlineData("omit_tasks:\n  coordinator: [planing]\n", 2, 17, "unknown task 'planing' in result area 'coordinator'", "did you mean 'planning'?")]
    [InlineData("extra_tasks:\n  coordinator:\n    - text: { nl: X; }\n      after: instructie\n", 4, 14, "unknown task 'instructie' in result area 'coordinator'", "did you mean 'instructies'?")]
    [InlineData("omit_tasks:\n  coordinator: [Iets wat er niet staat]\n", 2, 17, "unknown task 'Iets wat er niet staat' in result area 'coordinator'", "name a task by its exact text, or by one of its ids: prioriteiten, richtlijnen-vertalen, planning, instructies, taakverdeling, kwaliteitstoezicht, werklast")]
    [InlineData("omit_tasks:\n  coordinator: [planning]\nextra_tasks:\n  coordinator:\n    - text: { nl: X; }\n      after: planning\n", 6, 14, "cannot place a task after task 'planning' of result area 'coordinator': it is omitted here", "name a task that stays, or keep this one")]
    [InlineData("extra_tasks:\n  coordinator:\n    - text: { nl: X; }\n      position: midden\n", 4, 17, "'midden' is not a task position", "write 'position: start' or 'position: end', or 'after: TASK' to place it after a task")]
    [InlineData("omit_tasks:\n  coordinatr: [planning]\n", 2, 3, "tasks omitted from unknown result area 'coordinatr'", "did you mean 'coordinator'?")]
    public void A_task_name_that_matches_nothing_is_a_located_error_with_a_hint(string append, int line, int column, string message, string hint)
    {
        using var temp = new TempFolder();
        var profiles = temp.CopyFrom(RepoPaths.Profiles, "profiles");
        var file = Path.Combine(profiles, "leidinggevende", "levels", "C.yaml");
        var before = File.ReadAllLines(file).Length;
        File.AppendAllText(file, append);
        var loaded = ProfileSetLoader.Load(Path.Combine(profiles, "leidinggevende"));
        var diagnostic = Assert.Single(loaded.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal((file, before + line, column), (diagnostic.Location.File, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal(message, diagnostic.Message);
        Assert.Equal(hint, diagnostic.Hint);
    }

    [Fact]
    public void Two_tasks_of_one_area_cannot_share_an_id()
    {
        using var temp = new TempFolder();
        var profiles = temp.CopyFrom(RepoPaths.Profiles, "profiles");
        var file = Path.Combine(profiles, "leidinggevende", "profile.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("- id: instructies", "- id: planning", StringComparison.Ordinal));
        var loaded = ProfileSetLoader.Load(Path.Combine(profiles, "leidinggevende"));
        Assert.Contains(loaded.Diagnostics, d => d.Message == "duplicate task id 'planning'");
    }

    private static JobDescGen.Resolving.LevelDescription Resolve(string levelC)
    {
        using var temp = new TempFolder();
        var profiles = temp.CopyFrom(RepoPaths.Profiles, "profiles");
        File.AppendAllText(Path.Combine(profiles, "leidinggevende", "levels", "C.yaml"), levelC);
        var profile = BundledDocuments.LoadProfile(Path.Combine(profiles, "leidinggevende"));
        return LevelResolver.Resolve(profile, "C", null, BundledDocuments.PinnedDate);
    }
}
