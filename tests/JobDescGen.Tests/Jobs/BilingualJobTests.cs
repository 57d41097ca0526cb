using JobDescGen.Testing;
using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Jobs;

/// <summary>A job's texts are translatable like a profile's: one job on the bilingual (nl, fr) hard profile, in both languages.</summary>
public sealed class BilingualJobTests
{
    private const string Job = """
        extends: moeilijk
        level: A1
        identification:
          title: { nl: Teamleider Onthaal, fr: Chef d'équipe Accueil }
          original_language: fr
        network:
          internal:
            - nl: Het diensthoofd Onthaal
              fr: Le chef de service Accueil
        positioning:
          team_size: 4
        competencies:
          - name: { nl: Samenwerken, fr: Travailler en équipe }
            level: { nl: "2", fr: "2" }
        """;

    [Fact]
    public void The_job_is_written_in_each_language_of_its_profile_with_that_languages_rubric_labels()
    {
        using var temp = new TempFolder();
        var jobs = temp.Write(Path.Combine("jobs", "onthaal.yaml"), Job);
        string Generate(string language)
        {
            var run = CliRun.Of("generate", "onthaal", "--profiles", HardProfile.ProfilesFolder, "--jobs", Path.GetDirectoryName(jobs)!, "--language", language, "-o", "-");
            Assert.True(run.ExitCode == 0, run.Error);
            return run.Output;
        }

        var fr = Generate("fr");
        Assert.StartsWith("# Chef d'équipe Accueil\n", fr, StringComparison.Ordinal);
        Assert.Contains("## 1. Identification de la fonction", fr, StringComparison.Ordinal);
        Assert.Contains("## 4. Éléments de réseau", fr, StringComparison.Ordinal);
        Assert.Contains("- Le chef de service Accueil", fr, StringComparison.Ordinal);
        Assert.Contains("- **La fonction assure la direction d'un groupe de:** 4 collaborateurs", fr, StringComparison.Ordinal);
        Assert.Contains("- Travailler en équipe — niveau attendu: 2", fr, StringComparison.Ordinal);
        Assert.Contains("- **Langue originale:** FR", fr, StringComparison.Ordinal);

        var nl = Generate("nl");
        Assert.StartsWith("# Teamleider Onthaal\n", nl, StringComparison.Ordinal);
        Assert.Contains("## 4. Netwerkelementen", nl, StringComparison.Ordinal);
        Assert.Contains("- Het diensthoofd Onthaal", nl, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_without_one_of_the_profiles_languages_is_a_located_error()
    {
        using var temp = new TempFolder();
        var file = temp.Write(Path.Combine("jobs", "onthaal.yaml"), Job.Replace("      fr: Le chef de service Accueil\n", string.Empty, StringComparison.Ordinal));
        var run = CliRun.Of("validate", file, "--profiles", HardProfile.ProfilesFolder, "--jobs", Path.GetDirectoryName(file)!);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{file}:8:7: error: 'network.internal' has no 'fr' text", run.Error, StringComparison.Ordinal);
    }
}
