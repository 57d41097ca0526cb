using JobDescGen.Cli;
using JobDescGen.Testing;
using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Validation;

/// <summary>A character none of the PDF's fonts has is a located warning; under --strict an error.</summary>
public sealed class UncoveredCharacterTests
{
    [Fact]
    public void A_character_no_font_has_is_a_warning_and_an_error_under_strict()
    {
        using var temp = new TempFolder();
        var profiles = temp.CopyFrom(HardProfile.ProfilesFolder, "profiles");
        var file = Path.Combine(profiles, "moeilijk", "levels", "B.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("telefoon ☎.", "telefoon ☎ 🥹.", StringComparison.Ordinal));

        var (exit, error) = Validate(profiles);
        var (strictExit, strictError) = Validate(profiles, "--strict");

        Assert.Equal(0, exit);
        Assert.Contains($"{file}:10:75: warning: none of the PDF's fonts (Carlito, DejaVu Sans, Symbola) has U+1F979 FACE HOLDING BACK TEARS ('🥹'): it would print as an empty box", error, StringComparison.Ordinal);
        Assert.Equal(1, strictExit);
        Assert.Contains("U+1F979 FACE HOLDING BACK TEARS", strictError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_theme_without_fallback_fonts_makes_the_emoji_a_warning()
    {
        using var temp = new TempFolder();
        var profiles = temp.CopyFrom(HardProfile.ProfilesFolder, "profiles");
        var templates = temp.Write(Path.Combine("templates", "theme.yaml"), "font:\n  fallback: ~\n");

        var (exit, error) = Validate(profiles, "--templates", Path.GetDirectoryName(templates)!);

        Assert.Equal(0, exit);
        Assert.Contains("none of the PDF's fonts (Carlito) has U+1F680 ROCKET ('🚀')", error, StringComparison.Ordinal);
        Assert.DoesNotContain("U+00AD", error, StringComparison.Ordinal);
    }

    private static (int Exit, string Error) Validate(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(["validate", .. args], output, error);
        return (exit, error.ToString());
    }
}
