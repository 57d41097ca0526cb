using JobDescGen.Testing;
using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Cli;

[Collection(EnvironmentCollection.Name)]
public sealed class SourceDateEpochTests
{
    [Fact]
    public void Pinned_date_is_used_and_a_bad_value_is_a_usage_error()
    {
        using var temp = new TempFolder();
        var profiles = temp.CopyFrom(RepoPaths.Profiles, "profiles");
        var profileFile = Path.Combine(profiles, "leidinggevende", "profile.yaml");
        File.WriteAllText(profileFile, File.ReadAllText(profileFile).Replace("date: \"2026-11-28\"\n", string.Empty, StringComparison.Ordinal));
        var previous = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        try
        {
            Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", "1700000000");
            var pinned = CliRun.Of("generate", "--level", "A1", "--profiles", profiles, "-o", "-");
            Assert.Contains("Datum 14 november 2023", pinned.Output, StringComparison.Ordinal);

            foreach (var value in new[] { "yesterday", "99999999999999", "-5" })
            {
                Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", value);
                var bad = CliRun.Of("generate", "--level", "A1", "--profiles", profiles, "-o", "-");
                Assert.Equal(2, bad.ExitCode);
                Assert.Contains("SOURCE_DATE_EPOCH", bad.Error, StringComparison.Ordinal);
            }
        }
        finally
        {
            Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", previous);
        }
    }
}
