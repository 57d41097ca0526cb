using JobDescGen.Rendering;
using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Hardening;

/// <summary>
/// Issue 12, critical 3 and 4: a template with exponential recursion hung every command, and a
/// document over 1 MiB was cut at 1,048,576 characters and ended in "…", with exit 0.
/// </summary>
public sealed class TemplateLimitTests
{
    [Fact]
    public void An_exponential_template_stops_at_the_time_limit_with_an_error_naming_it()
    {
        using var temp = new TempFolder();
        var template = temp.Write("templates/job-description.md.sbn", "{{ func f(n); if n > 0; f(n-1); f(n-1); end; end; f(40) }}");

        var run = CliRun.Of("generate", "--profiles", Testing.RepoPaths.Profiles, "--templates", temp.Of("templates"), "--level", "A1", "--output", "-");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{template}:1:", run.Error, StringComparison.Ordinal);
        Assert.Contains("error: template error: the template 'job-description.md.sbn' ran longer than the 5 s render time limit", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void A_document_over_one_mebibyte_is_written_whole()
    {
        using var temp = new TempFolder();
        var profiles = HostileFiles.Profiles(temp);
        var notice = string.Join(' ', Enumerable.Range(0, 160_000).Select(i => "woord" + i));
        var file = Path.Combine(HostileFiles.Profile(profiles), "profile.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("version: \"1.0\"", $"version: \"{notice}\"", StringComparison.Ordinal));

        var run = CliRun.Of("generate", "--profiles", profiles, "--level", "A1", "--output", "-");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(run.Output.Length > 1_048_576);
        Assert.Contains("woord159999", run.Output, StringComparison.Ordinal);
        Assert.Contains("**specialisatie**", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_over_the_output_limit_is_an_error_not_a_cut()
    {
        using var temp = new TempFolder();
        temp.Write("templates/job-description.md.sbn", "{{ for i in 1..5000; '' | string.pad_left 1000; end }}");

        var run = CliRun.Of("generate", "--profiles", Testing.RepoPaths.Profiles, "--templates", temp.Of("templates"), "--level", "A1", "--output", "-");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: template error: the document from 'job-description.md.sbn' is longer than the 4,194,304-character limit", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal(4 * 1024 * 1024, JobDescriptionRenderer.OutputLimit);
    }

    [Fact]
    public void A_template_that_writes_an_escape_sequence_is_an_error()
    {
        using var temp = new TempFolder();
        temp.Write("templates/job-description.md.sbn", "# {{ \"Titel\\x1b]0;pwned\\x07\" }}\n");

        var run = CliRun.Of("generate", "--profiles", Testing.RepoPaths.Profiles, "--templates", temp.Of("templates"), "--level", "A1", "--output", "-");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: template error: the template 'job-description.md.sbn' writes the control character U+001B (ESC) into the document", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Error + run.Output);
    }

    [Fact]
    public void A_regular_expression_gets_only_what_is_left_of_the_render_time()
    {
        // The new-user trial: "(a+)+$" on 46 a's ran Scriban's own 10 s regex timeout after the 5 s limit.
        var now = 1_000L;
        var context = new BoundedTemplateContext(new Scriban.Functions.BuiltinFunctions(), TimeSpan.FromSeconds(5), () => now);
        var template = Scriban.Template.Parse("{{ 'aab' | regex.match 'a+b' }}");

        now += 4_900;
        template.Render(context);
        Assert.Equal(TimeSpan.FromMilliseconds(100), context.RegexTimeOut);

        now += 1_000;
        template.Render(context);
        Assert.Equal(TimeSpan.FromMilliseconds(1), context.RegexTimeOut);
    }

    [Fact]
    public void A_backtracking_regular_expression_is_a_time_limit_error_that_says_so()
    {
        using var temp = new TempFolder();
        var template = temp.Write("templates/job-description.md.sbn", "# T\n{{ 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' | regex.match '^(a+)+$' }}\n");

        var run = CliRun.Of("generate", "--profiles", Testing.RepoPaths.Profiles, "--templates", temp.Of("templates"), "--level", "A1", "--output", "-");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{template}:2:", run.Error, StringComparison.Ordinal);
        Assert.Contains("ran longer than the 5 s render time limit (stopped here), while rendering", run.Error, StringComparison.Ordinal);
        Assert.Contains("hint: the regular expression here backtracks without end on this text", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void A_loop_limit_met_with_one_level_names_that_level_file()
    {
        using var temp = new TempFolder();
        temp.Write("templates/job-description.md.sbn", "# T\n{{ for i in 1..((level.id | string.size) * 6000); end }}\n");
        var levels = Path.Combine(Testing.RepoPaths.Profiles, "leidinggevende", "levels");

        var small = CliRun.Of("generate", "--profiles", Testing.RepoPaths.Profiles, "--templates", temp.Of("templates"), "--level", "B", "--output", "-");
        var large = CliRun.Of("generate", "--profiles", Testing.RepoPaths.Profiles, "--templates", temp.Of("templates"), "--level", "A1", "--output", "-");

        Assert.True(small.ExitCode == 0, small.Error);
        Assert.Equal(1, large.ExitCode);
        Assert.Contains($"exceeds LoopLimit `10000`, while rendering {Path.Combine(levels, "A1.yaml")} (profile 'leidinggevende', level A1)", large.Error, StringComparison.Ordinal);
        Assert.Contains("hint: a loop may run 10,000 times and calls nest 64 deep", large.Error, StringComparison.Ordinal);
    }
}
