using JobDescGen.Rendering;
using JobDescGen.Resolving;
using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Rendering;

/// <summary>A role or an aim may set <c>elide: true|false</c> beside its languages, for the words the elision rule gets wrong.</summary>
public sealed class ElisionOverrideTests
{
    private static readonly LanguagePack French = LanguagePackLoader.Load("fr", null, new JobDescGen.Diagnostics.DiagnosticBag())!;

    [Theory]
    [InlineData(null, "agir afin d'héler les usagers")]
    [InlineData(false, "agir afin de héler les usagers")]
    public void Elide_false_keeps_the_connector_whole(bool? elide, string expected) =>
        Assert.Equal(expected, LabelJoiner.Statement(new ResolvedStatement("agir", "héler les usagers", elide), French));

    [Fact]
    public void Elide_true_elides_before_a_word_the_rule_would_not() =>
        Assert.Equal("agir afin d'hausser le niveau", LabelJoiner.Statement(new ResolvedStatement("agir", "hausser le niveau", true), French));

    [Fact]
    public void The_override_is_read_from_the_profile_and_applies_to_the_aim_and_the_role_in_every_format()
    {
        using var temp = new TempFolder();
        temp.Write("profiles/levels.yaml", "levels:\n  - id: B\n    name: { nl: Niveau B, fr: Niveau B }\n");
        temp.Write("profiles/rol/profile.yaml", """
            id: rol
            languages: [nl, fr]
            title: { nl: Onthaalmedewerker, fr: Agent d'accueil }
            purpose:
              action: { nl: Bezoekers onthalen, fr: Accueillir les visiteurs }
              aim: { nl: hen snel te helpen., fr: héler les usagers., elide: false }
            result_areas:
              - id: onthaal
                role: { nl: onthaalmedewerker, fr: hôte, elide: false }
                action: { nl: bezoekers onthalen, fr: accueillir les visiteurs }
                aim: { nl: de doelen te halen., fr: assurer les objectifs. }
                tasks:
                  - { nl: Bezoekers begeleiden;, fr: Guider les visiteurs; }
            criteria:
              - id: autonomie
                name: { nl: Autonomie, fr: Autonomie }
            """);
        temp.Write("profiles/rol/levels/B.yaml", "level: B\ncriteria:\n  autonomie:\n    text: { nl: Zelfstandig., fr: Autonome. }\n");

        var run = CliRun.Of("generate", "--level", "B", "--language", "fr", "--profiles", temp.Of("profiles"), "-o", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Accueillir les visiteurs afin de héler les usagers.", run.Output, StringComparison.Ordinal);
        Assert.Contains("**En tant que hôte** accueillir les visiteurs afin d'assurer les objectifs.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Elide_beside_a_text_that_follows_no_label_is_an_error()
    {
        using var temp = new TempFolder();
        temp.Write("profiles/levels.yaml", "levels:\n  - id: B\n    name: Niveau B\n");
        temp.Write("profiles/rol/profile.yaml", """
            id: rol
            languages: [fr]
            title: { fr: Agent, elide: false }
            purpose: { action: Accueillir, aim: aider. }
            result_areas:
              - { id: a, role: hôte, action: accueillir, aim: aider., tasks: [Guider;] }
            criteria:
              - { id: autonomie, name: Autonomie }
            """);
        temp.Write("profiles/rol/levels/B.yaml", "level: B\ncriteria:\n  autonomie:\n    text: Autonome.\n");

        var run = CliRun.Of("validate", temp.Of("profiles"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("profile.yaml:3:21: error: 'elide' does not apply in 'title'", run.Error, StringComparison.Ordinal);
    }
}
