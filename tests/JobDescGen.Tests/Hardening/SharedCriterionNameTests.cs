using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Hardening;

/// <summary>
/// Found by the build's last-resort handler on 300 synthetic profiles: two criteria with the same
/// name (different ids) made the document marker throw, exit 70 in generate and a lost profile in build.
/// </summary>
public sealed class SharedCriterionNameTests
{
    [Fact]
    public void Two_criteria_with_one_name_give_a_document()
    {
        using var temp = new TempFolder();
        var profiles = HostileFiles.Profiles(temp);
        var file = Path.Combine(HostileFiles.Profile(profiles), "profile.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("name: { nl: Coördinatie }", "name: { nl: Supervisie }", StringComparison.Ordinal));

        var run = CliRun.Of("generate", "--profiles", profiles, "--level", "A1", "--output", "-");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(2, run.Output.Split("| Supervisie |").Length - 1);
    }
}
