using JobDescGen.Loading;
using JobDescGen.Testing;
using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Loading;

/// <summary>
/// Mangled profiles (characters deleted, YAML punctuation inserted, lines swapped) must always end in
/// diagnostics or a profile, never in an exception: a user's half-typed file must not crash the tool.
/// </summary>
public sealed class LoaderRobustnessTests
{
    private const string Punctuation = ":{}[]-'\"\n #&*!|>%@`,?\t";

    [Fact]
    public void Mangled_profiles_never_throw()
    {
        var original = File.ReadAllText(Path.Combine(RepoPaths.BundledProfile, "profile.yaml"));
        var level = File.ReadAllText(Path.Combine(RepoPaths.BundledProfile, "levels", "A1.yaml"));
        var random = new Random(20261128);
        using var temp = new TempFolder();
        File.Copy(Path.Combine(RepoPaths.Profiles, "levels.yaml"), temp.Of("levels.yaml"));
        var failures = new List<string>();

        for (var round = 0; round < 300; round++)
        {
            var profileText = Mangle(original, random);
            var levelText = Mangle(level, random);
            temp.Write("p/profile.yaml", profileText);
            temp.Write("p/levels/A1.yaml", levelText);
            try
            {
                var result = ProfileSetLoader.Load(temp.Of("p"));
                Assert.True(result.Profile is not null || result.Diagnostics.Count > 0);
                Assert.All(result.Diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.Message)));
            }
            catch (Exception exception) when (exception is not Xunit.Sdk.XunitException)
            {
                failures.Add($"round {round}: {exception.GetType().Name}: {exception.Message}");
            }
        }

        Assert.Empty(failures);
    }

    private static string Mangle(string text, Random random)
    {
        var chars = text.ToList();
        for (var edit = random.Next(1, 6); edit > 0; edit--)
        {
            var at = random.Next(chars.Count);
            switch (random.Next(3))
            {
                case 0:
                    chars.RemoveAt(at);
                    break;
                case 1:
                    chars.Insert(at, Punctuation[random.Next(Punctuation.Length)]);
                    break;
                default:
                    var lines = new string([.. chars]).Split('\n').ToList();
                    var i = random.Next(lines.Count);
                    var j = random.Next(lines.Count);
                    (lines[i], lines[j]) = (lines[j], lines[i]);
                    chars = [.. string.Join('\n', lines)];
                    break;
            }
        }

        return new string([.. chars]);
    }
}
