using JobDescGen.Diagnostics;
using JobDescGen.Loading.Yaml;
using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Hardening;

/// <summary>
/// Issue 12, critical 2 and the exit-70 list: YAML that nests too deeply, aliases too much text, or
/// holds a lone surrogate or a control character is a located error. 30,000 brackets used to
/// overflow the stack and kill the process (and this test host) with exit 134.
/// </summary>
public sealed class YamlLimitTests
{
    private static readonly string DeepList = new string('[', 30_000) + new string(']', 30_000);

    [Fact]
    public void Thirty_thousand_brackets_are_a_located_error()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(YamlDocumentReader.Read("deep.yaml", "id: " + DeepList + "\n", diagnostics));

        var error = Assert.Single(diagnostics);
        Assert.Equal("lists and mappings nest more than 64 levels deep here", error.Message);
        Assert.Equal((1, 69), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read()
    {
        var diagnostics = new DiagnosticBag();

        Assert.NotNull(YamlDocumentReader.Read("ok.yaml", "a: " + new string('[', 64) + new string(']', 64) + "\n", diagnostics));
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("leidinggevende/profile.yaml")]
    [InlineData("leidinggevende/levels/A1.yaml")]
    [InlineData("levels.yaml")]
    public void Deep_nesting_in_any_profile_file_fails_validate_with_exit_1(string relative)
    {
        using var temp = new TempFolder();
        var profiles = HostileFiles.Profiles(temp);
        var path = Path.Combine(profiles, relative);
        File.WriteAllText(path, "id: " + DeepList + "\n");

        var run = CliRun.Of("validate", profiles);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{path}:1:69: error: lists and mappings nest more than 64 levels deep here", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lang/nl.yaml")]
    [InlineData("theme.yaml")]
    public void Deep_nesting_in_a_label_or_theme_file_fails_validate_with_exit_1(string relative)
    {
        using var temp = new TempFolder();
        var profiles = HostileFiles.Profiles(temp);
        var path = temp.Write(Path.Combine("templates", relative), "labels: " + DeepList + "\n");

        var run = CliRun.Of("validate", profiles, "--templates", temp.Of("templates"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{path}:1:73: error: lists and mappings nest more than 64 levels deep here", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_megabyte_aliased_two_thousand_times_is_a_located_error()
    {
        var text = "big: &big \"" + new string('x', 1_000_000) + "\"\nmany:\n" + string.Concat(Enumerable.Repeat("  - *big\n", 2000));
        var diagnostics = new DiagnosticBag();

        Assert.Null(YamlDocumentReader.Read("alias.yaml", text, diagnostics));

        var error = Assert.Single(diagnostics);
        Assert.Equal("aliases repeat more than 1,000,000 characters of text in this file", error.Message);
        Assert.Equal(3, error.Location.Line);
    }

    [Fact]
    public void Aliases_nested_in_aliases_count_their_depth()
    {
        // Each anchor is 60 deep and holds the previous one: depth adds up through the aliases.
        var text = "a0: &a0 x\n" + string.Concat(Enumerable.Range(1, 5).Select(i => $"a{i}: &a{i} {new string('[', 60)}*a{i - 1}{new string(']', 60)}\n"));
        var diagnostics = new DiagnosticBag();

        Assert.Null(YamlDocumentReader.Read("alias.yaml", text, diagnostics));
        Assert.Equal("with this alias, lists and mappings nest more than 64 levels deep", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void A_lone_surrogate_is_a_located_error()
    {
        var diagnostics = new DiagnosticBag();

        YamlDocumentReader.Read("s.yaml", "title:\n  nl: \"Interne \\uDFFF\\uD800 vragen\"\n", diagnostics);

        var error = Assert.Single(diagnostics);
        Assert.Equal("the text after this point holds a \\u escape that is not a character (a lone surrogate)", error.Message);
        Assert.Equal(2, error.Location.Line);
    }

    [Fact]
    public void A_lone_high_surrogate_is_a_located_error()
    {
        var diagnostics = new DiagnosticBag();

        YamlDocumentReader.Read("s.yaml", "title:\n  nl: \"Interne \\uD800 vragen\"\n", diagnostics);

        // YamlDotNet itself refuses this one; it stays a located error.
        var error = Assert.Single(diagnostics);
        Assert.StartsWith("YAML syntax error:", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Location.Line);
    }

    [Fact]
    public void A_lone_surrogate_in_a_profile_fails_validate_with_exit_1()
    {
        using var temp = new TempFolder();
        var profiles = HostileFiles.Profiles(temp);
        var file = Path.Combine(HostileFiles.Profile(profiles), "profile.yaml");
        File.AppendAllText(file, "organisation: \"Interne \\uDFFF\\uD800 vragen\"\n");

        var run = CliRun.Of("validate", profiles);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: the text after this point holds a \\u escape that is not a character (a lone surrogate)", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\\e]0;pwned\\a", "U+001B (ESC)", 15)]
    [InlineData("\\e[2J", "U+001B (ESC)", 15)]
    [InlineData("\\e]52;c;cGF5bG9hZA==\\a", "U+001B (ESC)", 15)]
    [InlineData("\\x9b2J", "U+009B", 15)]
    [InlineData("a\\x7fb", "U+007F", 16)]
    [InlineData("ok \\u0007 bell", "U+0007", 18)]
    [InlineData("ok \\U0000001B", "U+001B (ESC)", 18)]
    public void Control_characters_in_a_text_are_an_error_at_the_character(string escaped, string named, int column)
    {
        var diagnostics = new DiagnosticBag();

        YamlDocumentReader.Read("c.yaml", $"title: \"Titel {escaped}\"\n", diagnostics);

        var error = Assert.Single(diagnostics);
        Assert.Equal($"the text holds the control character {named}", error.Message);
        Assert.Equal((1, column), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void A_control_character_does_not_hide_the_files_other_mistakes()
    {
        using var temp = new TempFolder();
        var profiles = temp.CopyFrom(JobDescGen.Testing.RepoPaths.Profiles, "profiles");
        var level = Path.Combine(profiles, "leidinggevende", "levels", "B.yaml");
        File.AppendAllText(level, "foo: \"a\\u0007b\"\nbar: \"c\\u001bd\"\n");

        var run = CliRun.Of("validate", "--profiles", profiles);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("the text holds the control character U+0007", run.Error, StringComparison.Ordinal);
        Assert.Contains("the text holds the control character U+001B (ESC)", run.Error, StringComparison.Ordinal);
        Assert.Contains("unknown key 'foo'", run.Error, StringComparison.Ordinal);
        Assert.Contains("unknown key 'bar'", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Error);
    }

    [Fact]
    public void Tabs_and_line_breaks_in_a_text_are_fine()
    {
        var diagnostics = new DiagnosticBag();

        YamlDocumentReader.Read("c.yaml", "title: \"a\\tb\\nc\\r\\nd\"\nother: |\n  line one\n  line two\n", diagnostics);

        Assert.Empty(diagnostics);
    }
}
