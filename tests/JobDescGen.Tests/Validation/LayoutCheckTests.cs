using JobDescGen.Loading;
using JobDescGen.Testing;
using JobDescGen.Tests.Support;
using JobDescGen.Validation;
using Xunit;

namespace JobDescGen.Tests.Validation;

/// <summary>The new-user trial: a title too tall for a page passed validate and failed generate --format pdf.</summary>
public sealed class LayoutCheckTests
{
    [Fact]
    public void Validate_lays_out_a_pdf_and_reports_a_title_too_tall_for_a_page()
    {
        using var temp = new TempFolder();
        var profiles = temp.CopyFrom(RepoPaths.Profiles, "profiles");
        var file = Path.Combine(profiles, "leidinggevende", "profile.yaml");
        var title = string.Join(' ', Enumerable.Repeat("Leidinggevende", 400));
        File.WriteAllText(file, File.ReadAllText(file).Replace("  nl: Leidinggevende\n", $"  nl: {title}\n", StringComparison.Ordinal));

        var validate = CliRun.Of("validate", profiles);
        var generate = CliRun.Of("generate", "--profiles", profiles, "--level", "C", "--format", "pdf", "--output", temp.Of("c.pdf"));

        Assert.Equal(1, validate.ExitCode);
        Assert.Equal(1, generate.ExitCode);
        Assert.Contains("error: the PDF cannot hold this document: the title \"Leidinggevende Leidinggevende", validate.Error, StringComparison.Ordinal);
        Assert.Contains($"(in the PDF of {Path.Combine(profiles, "leidinggevende", "levels", "A2.yaml")} (profile 'leidinggevende', level A2))", validate.Error, StringComparison.Ordinal);
        Assert.Contains("hint: shorten the title", validate.Error, StringComparison.Ordinal);
        Assert.Equal(1, validate.Error.Split('\n').Count(l => l.Contains("error: the PDF cannot hold", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_level_laid_out_is_the_one_with_the_longest_name()
    {
        // "Niveau A1" and "Niveau A2" are the longest: the last of them stands for all.
        var profile = ProfileSetLoader.Load(Path.Combine(RepoPaths.Profiles, "leidinggevende")).Profile!;

        Assert.Equal("A2", LayoutCheck.LevelToLayOut(profile, "nl").LevelId);
    }
}
