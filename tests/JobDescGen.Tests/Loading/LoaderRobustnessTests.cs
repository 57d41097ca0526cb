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
        foreach (var other in new[] { "C", "B", "A2" })
        {
            temp.Write($"leidinggevende/levels/{other}.yaml", File.ReadAllText(Path.Combine(RepoPaths.BundledProfile, "levels", $"{other}.yaml")));
        }

        // Unmangled, the copy loads: every error below comes from the mangling.
        temp.Write("leidinggevende/profile.yaml", original);
        temp.Write("leidinggevende/levels/A1.yaml", level);
        Assert.True(ProfileSetLoader.Load(temp.Of("leidinggevende")).Succeeded);
        var failures = new List<string>();
        var (broken, loaded) = (0, 0);

        for (var round = 0; round < 300; round++)
        {
            var profileText = Mangle(original, random);
            var levelText = Mangle(level, random);
            temp.Write("leidinggevende/profile.yaml", profileText);
            temp.Write("leidinggevende/levels/A1.yaml", levelText);
            try
            {
                var result = ProfileSetLoader.Load(temp.Of("leidinggevende"));
                var errors = result.Diagnostics.Where(d => d.Severity == JobDescGen.Diagnostics.DiagnosticSeverity.Error).ToList();
                broken += errors.Count > 0 ? 1 : 0;
                loaded += result.Succeeded ? 1 : 0;

                // A profile with errors is never handed on, and a usable one has every level of the original.
                Assert.True(errors.Count == 0 || result.Profile is null, $"round {round}: a profile with errors was returned");
                Assert.True(result.Profile is null || result.Profile.FindLevel("A1") is not null, $"round {round}: A1 is missing from a usable profile");

                // Every diagnostic says something and points at a real place in one of the files.
                Assert.All(result.Diagnostics, d =>
                {
                    Assert.False(string.IsNullOrWhiteSpace(d.Message));
                    Assert.StartsWith(temp.Path, d.Location.File, StringComparison.Ordinal);
                    if (d.Location.HasPosition)
                    {
                        var lines = File.ReadAllText(d.Location.File).Split('\n');
                        Assert.InRange(d.Location.Line, 1, lines.Length);
                        Assert.InRange(d.Location.Column, 1, lines[d.Location.Line - 1].Length + 1);
                    }
                });
            }
            catch (Exception exception) when (exception is not Xunit.Sdk.XunitException)
            {
                failures.Add($"round {round}: {exception.GetType().Name}: {exception.Message}");
            }
        }

        Assert.Empty(failures);

        // The mangling must both break files and leave some loadable, or it tests nothing.
        Assert.InRange(broken, 30, 299);
        Assert.InRange(loaded, 1, 270);
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
