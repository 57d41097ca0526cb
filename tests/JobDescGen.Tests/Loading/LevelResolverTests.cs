using JobDescGen.Loading;
using JobDescGen.Resolving;
using JobDescGen.Testing;
using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Loading;

public sealed class LevelResolverTests
{
    [Fact]
    public void Levels_are_in_catalogue_order_not_file_order() =>
        Assert.Equal(["C", "B", "A1", "A2"], BundledDocuments.Profile.Levels.Select(l => l.LevelId));

    [Fact]
    public void A_level_gets_its_criteria_and_only_the_definitions_it_references()
    {
        var a1 = LevelResolver.Resolve(BundledDocuments.Profile, "a1", null, BundledDocuments.PinnedDate);
        Assert.Equal("A1", a1.Level.Id);
        Assert.Equal("Niveau A1", a1.Level.Name);
        Assert.Equal(6, a1.Criteria.Count);
        Assert.Equal(["specialisatie"], a1.Definitions.Select(d => d.Id));
        Assert.Empty(LevelResolver.Resolve(BundledDocuments.Profile, "C", null, BundledDocuments.PinnedDate).Definitions);
        Assert.Equal(new DateOnly(2026, 11, 28), a1.Date);
    }

    [Fact]
    public void Level_files_can_add_tasks_omit_optional_areas_and_override_the_purpose()
    {
        using var temp = new TempFolder();
        var profiles = temp.CopyFrom(RepoPaths.Profiles, "profiles");
        File.AppendAllText(Path.Combine(profiles, "leidinggevende", "levels", "C.yaml"), """
            purpose:
              action: { nl: Een klein team aansturen }
              aim: { nl: het werk gedaan te krijgen. }
            extra_tasks:
              coach:
                - nl: Nieuwe medewerkers onthalen;
            omit_areas: [kennisbeheerder]
            """);
        var loaded = ProfileSetLoader.Load(Path.Combine(profiles, "leidinggevende"));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics.Select(d => d.Headline)));

        var c = LevelResolver.Resolve(loaded.Profile!, "C", null, BundledDocuments.PinnedDate);
        Assert.Equal("Een klein team aansturen", c.Purpose.Action);
        Assert.Equal("Nieuwe medewerkers onthalen;", c.ResultAreas.Single(a => a.Id == "coach").Tasks[^1]);
        Assert.DoesNotContain(c.ResultAreas, a => a.Id == "kennisbeheerder");

        var b = LevelResolver.Resolve(loaded.Profile!, "B", null, BundledDocuments.PinnedDate);
        Assert.Contains(b.ResultAreas, a => a.Id == "kennisbeheerder");
        Assert.Equal(7, b.ResultAreas.Single(a => a.Id == "coach").Tasks.Count);
    }

    [Fact]
    public void Omitting_a_mandatory_area_is_an_error()
    {
        using var temp = new TempFolder();
        var profiles = temp.CopyFrom(RepoPaths.Profiles, "profiles");
        File.AppendAllText(Path.Combine(profiles, "leidinggevende", "levels", "C.yaml"), "omit_areas: [coach]\n");
        var loaded = ProfileSetLoader.Load(Path.Combine(profiles, "leidinggevende"));
        var diagnostic = Assert.Single(loaded.Diagnostics);
        Assert.Equal("result area 'coach' is not optional and cannot be omitted", diagnostic.Message);
    }

    [Theory]
    [InlineData("    references: [specialisatie, specialisatie]\n", "duplicate reference id 'specialisatie'")]
    [InlineData("omit_areas: [medewerker, medewerker]\n", "duplicate omitted area id 'medewerker'")]
    public void Repeated_ids_in_a_level_file_are_errors(string append, string message)
    {
        using var temp = new TempFolder();
        var profiles = temp.CopyFrom(RepoPaths.Profiles, "profiles");
        var a1 = Path.Combine(profiles, "leidinggevende", "levels", "A1.yaml");
        var text = File.ReadAllText(a1);
        text = append.StartsWith("    references", StringComparison.Ordinal)
            ? text.Replace("    references: [specialisatie]\n", append, StringComparison.Ordinal)
            : text + append;
        File.WriteAllText(a1, text);
        var loaded = ProfileSetLoader.Load(Path.Combine(profiles, "leidinggevende"));
        Assert.Contains(loaded.Diagnostics, d => d.Message == message);
    }

    [Fact]
    public void Markers_and_references_must_match_in_number()
    {
        using var temp = new TempFolder();
        var profiles = temp.CopyFrom(RepoPaths.Profiles, "profiles");
        var a2 = Path.Combine(profiles, "leidinggevende", "levels", "A2.yaml");
        File.WriteAllText(a2, File.ReadAllText(a2).Replace("eerste expertise* hebben", "eerste expertise* hebben* ", StringComparison.Ordinal));
        var diagnostic = Assert.Single(ProfileSetLoader.Load(Path.Combine(profiles, "leidinggevende")).Diagnostics);
        Assert.Equal("the text ('nl') marks 2 terms with '*' but lists 1 reference", diagnostic.Message);
    }

    [Fact]
    public void A_translated_profile_renders_in_french_with_french_labels()
    {
        using var temp = new TempFolder();
        temp.Write("profiles/levels.yaml", "levels:\n  - id: B\n    name: { nl: Niveau B, fr: Niveau B }\n");
        temp.Write("profiles/rol/profile.yaml", """
            id: rol
            languages: [nl, fr]
            title: { nl: Teamlid, fr: Membre d'équipe }
            purpose:
              action: { nl: Taken uitvoeren, fr: Exécuter des tâches }
              aim: { nl: het team te ondersteunen., fr: soutenir l'équipe. }
            result_areas:
              - id: uitvoerder
                role: { nl: uitvoerder, fr: exécutant }
                action: { nl: taken uitvoeren, fr: exécuter des tâches }
                aim: { nl: de doelen te halen., fr: assurer les objectifs. }
                tasks:
                  - { nl: Dossiers behandelen;, fr: Traiter des dossiers; }
            criteria:
              - id: autonomie
                name: { nl: Autonomie, fr: Autonomie }
            """);
        temp.Write("profiles/rol/levels/B.yaml", "level: B\ncriteria:\n  autonomie:\n    text: { nl: Zelfstandig., fr: Autonome. }\n");
        var run = CliRun.Of("generate", "--level", "B", "--language", "fr", "--profiles", temp.Of("profiles"), "-o", "-");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("## Objectif\n\nExécuter des tâches afin de soutenir l'équipe.", run.Output, StringComparison.Ordinal);
        Assert.Contains("**En tant qu'exécutant** exécuter des tâches afin d'assurer les objectifs.", run.Output, StringComparison.Ordinal);

        var file = CliRun.Of("generate", "--level", "B", "--language", "fr", "--profiles", temp.Of("profiles"), "-o", temp.Path + "/");
        Assert.True(File.Exists(temp.Of("rol-B-fr.md")), file.Output + file.Error);
    }
}
