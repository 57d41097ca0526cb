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

    [Fact]
    public void Generate_and_overview_warn_where_they_write_a_pdf_and_not_for_markdown()
    {
        // The new-user trial: only validate warned; generate --format pdf printed boxes without a word.
        using var temp = new TempFolder();
        var profiles = temp.CopyFrom(RepoPaths.Profiles, "profiles");
        var file = Path.Combine(profiles, "leidinggevende", "profile.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("  nl: Leidinggevende\n", "  nl: Leidinggevende 🥹\n", StringComparison.Ordinal));
        var warning = $"{file}:13:22: warning: none of the PDF's fonts (Carlito, DejaVu Sans, Symbola) has U+1F979 FACE HOLDING BACK TEARS ('🥹'): it would print as an empty box";

        var pdf = CliRun.Of("generate", "--profiles", profiles, "--level", "A1", "--format", "pdf", "--output", temp.Of("a1.pdf"));
        var overview = CliRun.Of("overview", "--profiles", profiles, "--format", "pdf", "--output", temp.Of("overview.pdf"));
        var markdown = CliRun.Of("generate", "--profiles", profiles, "--level", "A1", "--output", temp.Of("a1.md"));

        Assert.Equal((0, 0, 0), (pdf.ExitCode, overview.ExitCode, markdown.ExitCode));
        Assert.Contains(warning, pdf.Error, StringComparison.Ordinal);
        Assert.Contains(warning, overview.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.Of("a1.pdf")));
        Assert.Equal(string.Empty, markdown.Error);
    }

    [Fact]
    public void Build_warns_once_however_many_pdfs_hold_the_character()
    {
        using var temp = new TempFolder();
        var profiles = temp.CopyFrom(RepoPaths.Profiles, "profiles");
        var file = Path.Combine(profiles, "leidinggevende", "profile.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("name: { nl: Supervisie }", "name: { nl: Supervisie 🥹 }", StringComparison.Ordinal));

        var run = CliRun.Of("build", "--profiles", profiles, "--out", temp.Of("out"), "--formats", "md,pdf", "--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.Single(run.Error.Split('\n'), line => line.Contains("warning: none of the PDF's fonts", StringComparison.Ordinal));
        Assert.Contains($"{file}:195:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_character_the_template_writes_is_reported_as_the_template_s()
    {
        using var temp = new TempFolder();
        var templates = temp.CopyFrom(RepoPaths.Templates, "templates");
        var template = Path.Combine(templates, "job-description.md.sbn");
        File.WriteAllText(template, "# 🥹 {{ title }}\n\n" + File.ReadAllText(template));

        var run = CliRun.Of("generate", "--profiles", RepoPaths.Profiles, "--templates", templates, "--level", "A1", "--format", "pdf", "--output", temp.Of("a1.pdf"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("has U+1F979 FACE HOLDING BACK TEARS ('🥹'), which the template or its labels write: it would print as an empty box", run.Error, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(RepoPaths.Profiles, "leidinggevende", "levels", "A1.yaml") + ": warning:", run.Error, StringComparison.Ordinal);
    }

    private static (int Exit, string Error) Validate(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(["validate", .. args], output, error);
        return (exit, error.ToString());
    }
}
